// Sequences at run time: what `in-range`, `in-list`, `in-hash`... return when called as
// procedures, and how `for` iterates a value whose kind it only learns at run time (a list,
// vector, string, hash table or exact nonnegative integer used directly as a sequence).
//
// A sequence iterates through positions, as Racket's make-do-sequence does: `start()` gives the
// first position, `next(pos)` the one after, and either gives #f when there is no element there.
// Positions are immutable values (a list's pairs, an index), so a loop over a sequence stays
// re-entrant under continuations. `ref(pos)` is the element: one value, or MultipleValues for the
// two-valued sequences (hash tables, in-indexed, in-parallel).
//
// The `for` macros expand `(in-range ...)`, `(in-list ...)`, `(in-vector ...)` and
// `(in-naturals ...)` written in a clause into loops of their own and call none of this.

import { Char, HashTable, NIL, Pair, PRINT, isList, isSchemeString, stringValue, type HashEntry, type PrintContext, type SchemeNumber } from "@rlms/reader";
import { MultipleValues, contractFields, contractViolation, definePrimitive, errorValue, resultArityMismatch, Exn } from "@rlms/evaluator";
import { add, ge, gt, le, lt } from "../numbers/index.js";
import { checkReal } from "../numbers/checks.js";
import { SetValue } from "../sets/set-value.js";
import { genericSet } from "../sets/arguments.js";

/** A position, or false when the sequence has no element there. */
type Position = unknown;

export abstract class Sequence {
  /** How many values each element is. */
  readonly valueCount: number = 1;
  /** Racket prints in-range, in-list and in-naturals sequences as streams. */
  readonly printName: string = "sequence";
  /**
   * True when positions must be computed by Scheme code before use (procedural-sequence.ts):
   * only `for` loops, which force them, and Scheme code can iterate such a sequence.
   */
  readonly procedural: boolean = false;
  abstract start(): Position;
  abstract next(pos: Position): Position;
  abstract ref(pos: Position): unknown;

  /** How many values the element at `pos` is (a procedural sequence knows it per element). */
  countAt(_pos: Position): number {
    return this.valueCount;
  }

  /** Racket's streams among sequences: in-range, in-naturals and in-list (and their rests). */
  get isStream(): boolean {
    return this.printName === "stream";
  }

  /** The sequence a `for` loop iterates (a procedural sequence gives a loop driver of its own). */
  forLoop(): Sequence {
    return this;
  }

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<${this.printName}>`);
  }
}

/** A sequence from one of its positions on: `stream-rest` of in-range, in-naturals and in-list. */
export class SuffixSequence extends Sequence {
  override readonly printName: string;
  constructor(
    readonly inner: Sequence,
    readonly from: Position,
  ) {
    super();
    this.printName = inner.printName;
  }
  start(): Position {
    return this.from;
  }
  next(pos: Position): Position {
    return this.inner.next(pos);
  }
  ref(pos: Position): unknown {
    return this.inner.ref(pos);
  }
}

class ListSequence extends Sequence {
  override readonly printName = "stream";
  constructor(readonly list: unknown) {
    super();
  }
  start(): Position {
    return this.list instanceof Pair ? this.list : false;
  }
  next(pos: Position): Position {
    const d = (pos as Pair).cdr;
    return d instanceof Pair ? d : false;
  }
  ref(pos: Position): unknown {
    return (pos as Pair).car;
  }
}

/** `in-range` (`inclusive`: `in-inclusive-range`), with Racket's generic arithmetic. */
class RangeSequence extends Sequence {
  override readonly printName = "stream";
  private readonly more: (i: SchemeNumber) => boolean;
  constructor(
    readonly from: SchemeNumber,
    readonly to: SchemeNumber,
    readonly step: SchemeNumber,
    inclusive: boolean,
  ) {
    super();
    const up = ge(step, 0);
    this.more = inclusive ? (up ? (i) => le(i, to) : (i) => ge(i, to)) : up ? (i) => lt(i, to) : (i) => gt(i, to);
  }
  start(): Position {
    return this.more(this.from) ? this.from : false;
  }
  next(pos: Position): Position {
    const i = add(pos as SchemeNumber, this.step);
    return this.more(i) ? i : false;
  }
  ref(pos: Position): unknown {
    return pos;
  }
}

class NaturalsSequence extends Sequence {
  override readonly printName = "stream";
  constructor(readonly from: SchemeNumber) {
    super();
  }
  start(): Position {
    return this.from;
  }
  next(pos: Position): Position {
    return add(pos as SchemeNumber, 1);
  }
  ref(pos: Position): unknown {
    return pos;
  }
}

/** Elements of an array-like from `start` (inclusive) to `stop` (exclusive) by `step`; read live. */
class IndexedSequence extends Sequence {
  constructor(
    readonly items: readonly unknown[],
    readonly from: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
  }
  private valid(i: number): Position {
    return (this.step > 0 ? i < this.stop : i > this.stop) ? i : false;
  }
  start(): Position {
    return this.valid(this.from);
  }
  next(pos: Position): Position {
    return this.valid((pos as number) + this.step);
  }
  ref(pos: Position): unknown {
    return this.items[pos as number];
  }
}

type HashView = "keys" | "values" | "pairs" | "both";

/** A hash table's entries as they are when iteration starts. */
class HashSequence extends Sequence {
  override readonly valueCount: number;
  private readonly entries: readonly HashEntry[];
  constructor(
    table: HashTable,
    readonly view: HashView,
  ) {
    super();
    this.entries = table.entryList();
    this.valueCount = view === "both" ? 2 : 1;
  }
  start(): Position {
    return this.entries.length > 0 ? 0 : false;
  }
  next(pos: Position): Position {
    const i = (pos as number) + 1;
    return i < this.entries.length ? i : false;
  }
  ref(pos: Position): unknown {
    const [k, v] = this.entries[pos as number]!;
    switch (this.view) {
      case "keys":
        return k;
      case "values":
        return v;
      case "pairs":
        return new Pair(k, v);
      case "both":
        return new MultipleValues([k, v]);
    }
  }
}

/** `in-indexed`: each element with its index. Positions are [inner position, index]. */
class WithIndexSequence extends Sequence {
  override readonly valueCount = 2;
  constructor(readonly inner: Sequence) {
    super();
  }
  start(): Position {
    const p = this.inner.start();
    return p === false ? false : [p, 0];
  }
  next(pos: Position): Position {
    const [p, i] = pos as [Position, number];
    const q = this.inner.next(p);
    return q === false ? false : [q, i + 1];
  }
  ref(pos: Position): unknown {
    const [p, i] = pos as [Position, number];
    return new MultipleValues([this.inner.ref(p), i]);
  }
}

class ValueSequence extends Sequence {
  constructor(readonly value: unknown) {
    super();
  }
  start(): Position {
    return 0;
  }
  next(): Position {
    return false;
  }
  ref(): unknown {
    return this.value;
  }
}

/** `in-sequences` (one pass) and `in-cycle` (round and round). Positions are [which, inner position]. */
class ConcatenatedSequence extends Sequence {
  constructor(
    readonly parts: readonly Sequence[],
    readonly cycle: boolean,
  ) {
    super();
  }
  /** The first element at or after part `k`; a cycle of empty parts ends (Racket would loop forever). */
  private from(k: number): Position {
    const n = this.parts.length;
    for (let tried = 0; tried < n; tried++, k++) {
      if (k >= n) {
        if (!this.cycle) return false;
        k = 0;
      }
      const p = this.parts[k]!.start();
      if (p !== false) return [k, p];
    }
    return false;
  }
  start(): Position {
    return this.from(0);
  }
  next(pos: Position): Position {
    const [k, p] = pos as [number, Position];
    const q = this.parts[k]!.next(p);
    return q !== false ? [k, q] : this.from(k + 1);
  }
  ref(pos: Position): unknown {
    const [k, p] = pos as [number, Position];
    return this.parts[k]!.ref(p);
  }
}

/** `in-parallel`: the sequences side by side, as many elements as the shortest. */
class ParallelSequence extends Sequence {
  override readonly valueCount: number;
  constructor(readonly parts: readonly Sequence[]) {
    super();
    this.valueCount = parts.length;
  }
  private all(positions: Position[]): Position {
    return positions.every((p) => p !== false) ? positions : false;
  }
  start(): Position {
    return this.all(this.parts.map((s) => s.start()));
  }
  next(pos: Position): Position {
    return this.all((pos as Position[]).map((p, i) => this.parts[i]!.next(p)));
  }
  ref(pos: Position): unknown {
    const values = (pos as Position[]).map((p, i) => this.parts[i]!.ref(p));
    return values.length === 1 ? values[0] : new MultipleValues(values);
  }
}

// ---- what counts as a sequence ----------------------------------------------------------------

const isExactNonnegativeInteger = (v: unknown): v is number | bigint =>
  (typeof v === "number" && Number.isInteger(v) && v >= 0) || (typeof v === "bigint" && v >= 0n);

/** The characters of a string, as an array indexed by code point. */
const charsOf = (s: unknown): Char[] => Array.from(stringValue(s as string), (c) => Char.of(c.codePointAt(0)!));

/** The sequence a value stands for, or undefined when it is not one. */
export function toSequence(v: unknown): Sequence | undefined {
  if (v instanceof Sequence) return v;
  if (v instanceof Pair || v === NIL) return isList(v) ? new ListSequence(v) : undefined;
  if (Array.isArray(v)) return new IndexedSequence(v, 0, v.length, 1);
  if (isSchemeString(v)) {
    const chars = charsOf(v);
    return new IndexedSequence(chars, 0, chars.length, 1);
  }
  if (v instanceof HashTable) return new HashSequence(v, "both");
  if (v instanceof SetValue) return setSequence(v);
  if (isExactNonnegativeInteger(v)) return new RangeSequence(0, v, 1, false);
  for (const convert of converters) {
    const seq = convert(v);
    if (seq !== undefined) return seq;
  }
  return undefined;
}

/** Other kinds of values that are sequences (streams: stream.ts registers them). */
const converters: Array<(v: unknown) => Sequence | undefined> = [];
export function addSequenceConverter(convert: (v: unknown) => Sequence | undefined): void {
  converters.push(convert);
}

/** A sequence whose positions TypeScript code can compute itself. */
function sequenceArg(who: string, v: unknown): Sequence {
  const s = toSequence(v);
  if (s === undefined) throw contractViolation(who, "sequence?", v);
  if (s.procedural) {
    throw new Exn("exn:fail:unsupported", `${who}: sequences made by in-producer, in-generator, make-do-sequence or from streams are not supported here in rlms; iterate them with a for loop`);
  }
  return s;
}

// ---- the in-* procedures ----------------------------------------------------------------------

function checkList(who: string, l: unknown): unknown {
  if (!isList(l)) throw contractViolation(who, "list?", l);
  return l;
}

function checkHash(who: string, h: unknown): HashTable {
  if (!(h instanceof HashTable)) throw contractViolation(who, "hash?", h);
  return h;
}

function checkNaturalStart(who: string, n: unknown): SchemeNumber {
  if (!isExactNonnegativeInteger(n)) throw contractViolation(who, "exact-nonnegative-integer?", n);
  return n;
}

/** `(in-range end)`, `(in-range start end [step])`: the arguments as (start, end, step). */
function rangeArgs(who: string, args: readonly unknown[]): [SchemeNumber, SchemeNumber, SchemeNumber] {
  for (const a of args) checkReal(who, a);
  const nums = args as SchemeNumber[];
  return nums.length === 1 ? [0, nums[0]!, 1] : [nums[0]!, nums[1]!, nums[2] ?? 1];
}

/**
 * The index range of `(in-vector v start stop step)` / `(in-string s start stop step)`, checked
 * as Racket checks it (stop may be -1 when stepping down).
 */
function sliceArgs(who: string, what: string, container: unknown, length: number, args: readonly unknown[]): [number, number, number] {
  const [start = 0, stop = length, step = 1] = args;
  if (typeof step !== "number" || !Number.isInteger(step) || step === 0) throw contractViolation(who, "(and/c exact-integer? (not/c zero?))", step);
  if (typeof start !== "number" || !Number.isInteger(start) || start < 0) throw contractViolation(who, "exact-nonnegative-integer?", start);
  if (typeof stop !== "number" || !Number.isInteger(stop) || stop < -1) throw contractViolation(who, "exact-integer?", stop);
  if (start > length || (start === length && length > 0 && step > 0 && stop !== length)) {
    throw contractFields(who, "starting index is out of range", [
      ["starting index", String(start)],
      ["valid range", `[0, ${length}]`],
      [what, errorValue(container)],
    ]);
  }
  if (stop > length) {
    throw contractFields(who, "stopping index is out of range", [
      ["stopping index", String(stop)],
      ["valid range", `[-1, ${length}]`],
      [what, errorValue(container)],
    ]);
  }
  return [start, stop, step];
}

const inRange = definePrimitive("in-range", [1, 3], (...args: unknown[]) => new RangeSequence(...rangeArgs("in-range", args), false));

const inInclusiveRange = definePrimitive("in-inclusive-range", [2, 3], (...args: unknown[]) => new RangeSequence(...rangeArgs("in-inclusive-range", args), true));

const inNaturals = definePrimitive("in-naturals", [0, 1], (n: unknown = 0) => new NaturalsSequence(checkNaturalStart("in-naturals", n)));

const inList = definePrimitive("in-list", 1, (l: unknown) => new ListSequence(checkList("in-list", l)));

const inVector = definePrimitive("in-vector", [1, 4], (v: unknown, ...range: unknown[]) => {
  if (!Array.isArray(v)) throw contractViolation("in-vector", "vector", v);
  return new IndexedSequence(v, ...sliceArgs("in-vector", "vector", v, v.length, range));
});

const inString = definePrimitive("in-string", [1, 4], (s: unknown, ...range: unknown[]) => {
  if (!isSchemeString(s)) throw contractViolation("in-string", "string", s);
  const chars = charsOf(s);
  return new IndexedSequence(chars, ...sliceArgs("in-string", "string", s, chars.length, range));
});

/** A set's elements as they are when iteration starts, in the set's order. */
function setSequence(s: SetValue): Sequence {
  const elements = s.elements().slice();
  return new IndexedSequence(elements, 0, elements.length, 1);
}

/** `(in-set s)`: a hash set's elements, or a list's (racket/set's gen:set for lists). */
const inSet = definePrimitive("in-set", 1, (s: unknown) => {
  const set = genericSet("in-set", [s]);
  return set instanceof SetValue ? setSequence(set) : new ListSequence(s);
});

const hashView = (name: string, view: HashView) => definePrimitive(name, 1, (h: unknown) => new HashSequence(checkHash(name, h), view));

// in-indexed, in-sequences, in-cycle and in-parallel of sequences TypeScript can iterate; the
// public procedures (scheme/sequences.scm) build them in Scheme when a part is procedural.
const inIndexed = definePrimitive("in-indexed", 1, (v: unknown) => {
  const s = sequenceArg("in-indexed", v);
  return new WithIndexSequence(s);
});

const inValue = definePrimitive("in-value", 1, (v: unknown) => new ValueSequence(v));

const inSequences = definePrimitive("in-sequences", [0, Infinity], (...vs: unknown[]) => new ConcatenatedSequence(vs.map((v) => sequenceArg("in-sequences", v)), false));

const inCycle = definePrimitive("in-cycle", [0, Infinity], (...vs: unknown[]) => new ConcatenatedSequence(vs.map((v) => sequenceArg("in-cycle", v)), true));

const inParallel = definePrimitive("in-parallel", [0, Infinity], (...vs: unknown[]) => new ParallelSequence(vs.map((v) => sequenceArg("in-parallel", v))));

const isSequence = definePrimitive("sequence?", 1, (v: unknown) => toSequence(v) !== undefined);

/** The elements of a finite sequence, as a list (scheme/sequences.scm's sequence->list for the others). */
const sequenceToList = definePrimitive("%sequence->list", 1, (v: unknown) => {
  const s = sequenceArg("sequence->list", v);
  if (s.valueCount !== 1) throw resultArityMismatch(1, s.valueCount);
  const items: unknown[] = [];
  for (let p = s.start(); p !== false; p = s.next(p)) items.push(s.ref(p));
  let out: unknown = NIL;
  for (let i = items.length - 1; i >= 0; i--) out = new Pair(items[i], out);
  return out;
});

/** The number of elements of a finite sequence (scheme/sequences.scm's sequence-length for the others). */
const sequenceLength = definePrimitive("%sequence-length", 1, (v: unknown) => {
  const s = sequenceArg("sequence-length", v);
  let n = 0;
  for (let p = s.start(); p !== false; p = s.next(p)) n++;
  return n;
});

// ---- what `for` loops call -------------------------------------------------------------------

/** `(%sequence v 'x)`: the sequence a clause `[x v]` iterates, or Racket's error (from any `for` form). */
const sequenceForClause = definePrimitive("%sequence", 2, (v: unknown, id: { name: string }) => {
  const s = toSequence(v);
  if (s === undefined) throw new Exn("exn:fail:contract", `for: expected a sequence for ${id.name}, got something else: ${errorValue(v)}`);
  return s.forLoop();
});

const sequenceStart = definePrimitive("%sequence-start", 1, (s: Sequence) => s.start());
const sequenceNext = definePrimitive("%sequence-next", 2, (s: Sequence, pos: Position) => s.next(pos));
/** The element at `pos`, as many values as the sequence has. */
const sequenceRef = definePrimitive("%sequence-ref", 2, (s: Sequence, pos: Position) => s.ref(pos));
/** The element at `pos` bound to one identifier: a two-valued sequence is an arity error. */
const sequenceRef1 = definePrimitive("%sequence-ref1", 2, (s: Sequence, pos: Position) => {
  const count = s.countAt(pos);
  if (count !== 1) throw resultArityMismatch(1, count);
  return s.ref(pos);
});

// The checks of the specialised loops, with the errors of the procedures they stand for.
const checkInList = definePrimitive("%check-in-list", 1, (l: unknown) => checkList("in-list", l));
const checkInVector = definePrimitive("%check-in-vector", 1, (v: unknown) => {
  if (!Array.isArray(v)) throw contractViolation("in-vector", "vector", v);
  return v;
});
const checkInRange = definePrimitive("%check-in-range", 3, (start: unknown, end: unknown, step: unknown) => {
  rangeArgs("in-range", [start, end, step]);
  return true;
});
const checkInNaturals = definePrimitive("%check-in-naturals", 1, (n: unknown) => checkNaturalStart("in-naturals", n));
/** For in-range loops whose step is not a literal: is there an element at `i`? */
const rangeMore = definePrimitive("%range-more?", 3, (i: SchemeNumber, end: SchemeNumber, step: SchemeNumber) => (ge(step, 0) ? lt(i, end) : gt(i, end)));

/** `(for/vector #:length n ...)`: n must be an exact nonnegative integer. */
const checkVectorLength = definePrimitive("%check-vector-length", 2, (form: { name: string }, n: unknown) => checkNaturalStart(form.name, n));

export const SEQUENCE_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["in-range", inRange],
  ["in-inclusive-range", inInclusiveRange],
  ["in-naturals", inNaturals],
  ["in-list", inList],
  ["in-vector", inVector],
  ["in-string", inString],
  ["in-hash", hashView("in-hash", "both")],
  ["in-hash-keys", hashView("in-hash-keys", "keys")],
  ["in-hash-values", hashView("in-hash-values", "values")],
  ["in-hash-pairs", hashView("in-hash-pairs", "pairs")],
  ["in-set", inSet],
  ["%in-indexed", inIndexed],
  ["in-value", inValue],
  ["%in-sequences", inSequences],
  ["%in-cycle", inCycle],
  ["%in-parallel", inParallel],
  ["sequence?", isSequence],
  ["%sequence->list", sequenceToList],
  ["%sequence-length", sequenceLength],
  ["%sequence", sequenceForClause],
  ["%sequence-start", sequenceStart],
  ["%sequence-next", sequenceNext],
  ["%sequence-ref", sequenceRef],
  ["%sequence-ref1", sequenceRef1],
  ["%check-in-list", checkInList],
  ["%check-in-vector", checkInVector],
  ["%check-in-range", checkInRange],
  ["%check-in-naturals", checkInNaturals],
  ["%range-more?", rangeMore],
  ["%check-vector-length", checkVectorLength],
];
