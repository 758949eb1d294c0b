// Vectors (racket/base and racket/vector) that do not call back into Scheme. Vectors are JS
// arrays; literal and `vector-immutable` ones are frozen, and the procedures that change a
// vector refuse a frozen one with Racket's `(and/c vector? (not/c immutable?))`. The procedures
// that take a procedure (vector-map, vector-sort, build-vector...) are in scheme/lists.scm.

import { Box, HashTable, MString, Sym, VOID, isEq, isEqual, isEqv } from "@rlms/reader";
import { Exn, MultipleValues, contractFields, contractViolation, definePrimitive, errorValue, indexOutOfRange, isProcedure } from "@rlms/evaluator";
import { arityIncludes } from "./function.js";
import { argumentError } from "./numbers/checks.js";
import { MAX_BUILD, checkList, elements, isNatural, listOf } from "./lists/checks.js";

const MUTABLE_VECTOR = "(and/c vector? (not/c immutable?))";

function checkVector(who: string, v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  throw contractViolation(who, "vector?", v);
}

function checkMutableVector(who: string, v: unknown): unknown[] {
  if (Array.isArray(v) && !Object.isFrozen(v)) return v;
  throw contractViolation(who, MUTABLE_VECTOR, v);
}

/** Racket CS's layout for a bad index type: the position, then the vector alone. */
function badIndex(who: string, index: unknown, v: unknown): Exn {
  return new Exn(
    "exn:fail:contract",
    `${who}: contract violation\n  expected: exact-nonnegative-integer?\n  given: ${errorValue(index)}\n  argument position: 2nd\n  first argument...:\n   ${errorValue(v)}`,
  );
}

function checkIndex(who: string, v: unknown[], index: unknown): number {
  if (typeof index === "number" && index >= 0) {
    if (index < v.length) return index;
  } else if (typeof index !== "bigint" || index < 0n) throw badIndex(who, index, v);
  throw indexOutOfRange(who, "vector", index, v.length, v);
}

/**
 * raise-range-error's complaints about a start or end index (vector-copy, vector->values...):
 * `start` within [0, length], `end` within [start, length].
 */
function checkSpan(who: string, v: unknown[], start: number | bigint, end: number | bigint, label = "vector"): [number, number] {
  const len = v.length;
  const range = (lo: number) => ["valid range", `[${lo}, ${len}]`] as const;
  if (start > len) throw contractFields(who, "starting index is out of range", [["starting index", errorValue(start)], range(0), [label, errorValue(v)]]);
  if (end < start) {
    throw contractFields(who, "ending index is smaller than starting index", [
      ["ending index", errorValue(end)],
      ["starting index", errorValue(start)],
      range(0),
      [label, errorValue(v)],
    ]);
  }
  if (end > len) throw contractFields(who, "ending index is out of range", [["ending index", errorValue(end)], range(0), [label, errorValue(v)]]);
  return [Number(start), Number(end)];
}

function natural(who: string, x: unknown): number | bigint {
  if (isNatural(x)) return x;
  throw contractViolation(who, "exact-nonnegative-integer?", x);
}

const vector = definePrimitive("vector", [0, Infinity], (...xs: unknown[]) => xs);

const makeVector = definePrimitive("make-vector", [1, 2], (n: unknown, fill: unknown = 0) => {
  if (!isNatural(n)) throw contractViolation("make-vector", "valid-vector-length?", n);
  // Racket's own wording (it has no procedure name) for a length it cannot allocate.
  if (n > MAX_BUILD) throw new Exn("exn:fail:resource", `out of memory making vector\n  length: ${errorValue(n)}`);
  return new Array<unknown>(n as number).fill(fill);
});

const vectorRef = definePrimitive("vector-ref", 2, (v: unknown, i: unknown) => {
  const vec = checkVector("vector-ref", v);
  return vec[checkIndex("vector-ref", vec, i)];
});

const vectorSet = definePrimitive("vector-set!", 3, (v: unknown, i: unknown, x: unknown) => {
  const vec = checkMutableVector("vector-set!", v);
  vec[checkIndex("vector-set!", vec, i)] = x;
  return VOID;
});

const vectorLength = definePrimitive("vector-length", 1, (v: unknown) => checkVector("vector-length", v).length);

const vectorToList = definePrimitive("vector->list", 1, (v: unknown) => listOf(checkVector("vector->list", v)));

/** The same behaviour as the kernel's list->vector (quasiquote's), with the cached list? check. */
const listToVector = definePrimitive("list->vector", 1, (l: unknown) => {
  checkList("list->vector", l);
  return elements(l);
});

const vectorFill = definePrimitive("vector-fill!", 2, (v: unknown, x: unknown) => {
  if (!Array.isArray(v)) throw contractViolation("vector-fill!", "vector?", v);
  checkMutableVector("vector-fill!", v).fill(x);
  return VOID;
});

/** racket/vector's vector-copy: a fresh, mutable copy of v[start, end). */
const vectorCopy = definePrimitive("vector-copy", [1, 3], (v: unknown, start: unknown = 0, end?: unknown) => {
  const vec = checkVector("vector-copy", v);
  const s = natural("vector-copy", start);
  const e = end === undefined ? vec.length : natural("vector-copy", end);
  const [from, to] = checkSpan("vector-copy", vec, s, e);
  return vec.slice(from, to);
});

/** `(vector-copy! dest dest-start src [src-start src-end])`: overlapping copies work (as memmove). */
const vectorCopyInto = definePrimitive("vector-copy!", [3, 5], (dest: unknown, destStart: unknown, src: unknown, srcStart: unknown = 0, srcEnd?: unknown) => {
  const who = "vector-copy!";
  const d = checkMutableVector(who, dest);
  const at = natural(who, destStart);
  const s = checkVector(who, src);
  const from = natural(who, srcStart);
  const to = srcEnd === undefined ? s.length : natural(who, srcEnd);
  if (at > d.length) {
    throw contractFields(who, "starting index is out of range", [["starting index", errorValue(at)], ["valid range", `[0, ${d.length}]`], ["vector", errorValue(d)]]);
  }
  const [a, b] = checkSpan(who, s, from, to);
  const needed = Number(at) + (b - a);
  if (needed > d.length) throw contractFields(who, "not enough room in target vector", [["target length", String(d.length)], ["needed length", String(needed)]]);
  if (d === s) d.copyWithin(Number(at), a, b);
  else for (let i = a, j = Number(at); i < b; i++, j++) d[j] = s[i];
  return VOID;
});

const vectorAppend = definePrimitive("vector-append", [0, Infinity], (...vs: unknown[]) => {
  vs.forEach((v, i) => {
    if (!Array.isArray(v)) throw vs.length > 1 ? argumentError("vector-append", "vector?", vs, i) : contractViolation("vector-append", "vector?", v);
  });
  return ([] as unknown[]).concat(...(vs as unknown[][]));
});

function vectorSearch(name: string, same: (a: unknown, b: unknown) => boolean) {
  return definePrimitive(name, 2, (x: unknown, v: unknown) => {
    if (!Array.isArray(v)) throw argumentError(name, "vector?", [x, v], 1);
    for (let i = 0; i < v.length; i++) if (same(x, v[i])) return i;
    return false;
  });
}

/** racket/vector's check-vector/index: `n` within [0, length], as an index "out of range". */
function checkCount(who: string, v: unknown, n: unknown): [unknown[], number] {
  const vec = checkVector(who, v);
  const k = natural(who, n);
  if (k > vec.length) {
    throw contractFields(who, "index is out of range", [["index", errorValue(k)], ["valid range", `[0, ${vec.length}]`], ["vector", errorValue(vec)]]);
  }
  return [vec, Number(k)];
}

/** Each cut, and whether it returns two values (the split forms). */
const slicing: Array<readonly [string, (v: unknown[], n: number) => unknown, boolean?]> = [
  ["vector-take", (v, n) => v.slice(0, n)],
  ["vector-drop", (v, n) => v.slice(n)],
  ["vector-split-at", (v, n) => new MultipleValues([v.slice(0, n), v.slice(n)]), true],
  ["vector-take-right", (v, n) => v.slice(v.length - n)],
  ["vector-drop-right", (v, n) => v.slice(0, v.length - n)],
  ["vector-split-at-right", (v, n) => new MultipleValues([v.slice(0, v.length - n), v.slice(v.length - n)]), true],
];

function slicingPrimitive(name: string, cut: (v: unknown[], n: number) => unknown, splits = false) {
  const p = definePrimitive(name, 2, (v: unknown, n: unknown) => cut(...checkCount(name, v, n)));
  return splits ? p.returnsMultipleValues() : p;
}

const vectorImmutable = definePrimitive("vector-immutable", [0, Infinity], (...xs: unknown[]) => Object.freeze(xs));

const vectorToImmutable = definePrimitive("vector->immutable-vector", 1, (v: unknown) => {
  const vec = checkVector("vector->immutable-vector", v);
  return Object.isFrozen(vec) ? vec : Object.freeze([...vec]);
});

/** `immutable?`: literal and immutable vectors, strings, hash tables and boxes. */
const immutable = definePrimitive("immutable?", 1, (x: unknown) => {
  if (Array.isArray(x)) return Object.isFrozen(x);
  if (typeof x === "string") return true;
  if (x instanceof MString) return false;
  if (x instanceof HashTable || x instanceof Box) return !x.mutable;
  return false;
});

const vectorToValues = definePrimitive("vector->values", [1, 3], (v: unknown, start: unknown = 0, end?: unknown) => {
  const vec = checkVector("vector->values", v);
  const s = natural("vector->values", start);
  const e = end === undefined ? vec.length : natural("vector->values", end);
  const [from, to] = checkSpan("vector->values", vec, s, e);
  return to - from === 1 ? vec[from] : new MultipleValues(vec.slice(from, to));
}).returnsMultipleValues();

const vectorEmpty = definePrimitive("vector-empty?", 1, (v: unknown) => checkVector("vector-empty?", v).length === 0);

/** `(vector-set*! v i x ... ...)`: each pair through vector-set! (and its errors). */
const vectorSetStar = definePrimitive("vector-set*!", [1, Infinity], (v: unknown, ...pairs: unknown[]) => {
  if (pairs.length % 2 === 1) {
    throw new Exn("exn:fail", `vector-set*!: expected an even number of association elements, but received an odd number: ${errorValue(listOf(pairs))}`);
  }
  for (let i = 0; i < pairs.length; i += 2) (vectorSet.fn as (v: unknown, i: unknown, x: unknown) => unknown)(v, pairs[i], pairs[i + 1]);
  return VOID;
});

/**
 * `(%check-vector-map-args who f v vs need-mutable?)`: racket/vector's varargs-check for
 * vector-map, vector-map! (and vector-for-each); returns the length. Racket's own quirks are kept:
 * a later argument that is not a vector makes raise-argument-error complain about its own
 * arguments (racket/vector passes them in the wrong order), and the size complaint quotes the name.
 */
const checkVectorMapArgs = definePrimitive("%check-vector-map-args", 5, (who: unknown, f: unknown, v: unknown, vs: unknown, needMutable: unknown) => {
  const name = (who as Sym).name;
  const rest = elements(vs);
  const args = [f, v, ...rest];
  if (!isProcedure(f)) throw argumentError(name, "procedure?", args, 0);
  if (!Array.isArray(v) || (needMutable !== false && Object.isFrozen(v))) throw argumentError(name, needMutable !== false ? MUTABLE_VECTOR : "vector?", args, 1);
  for (const e of rest) {
    if (!Array.isArray(e)) throw contractViolation("raise-argument-error", "exact-nonnegative-integer?", e);
    if (e.length !== v.length) {
      const shown = args.length < 10 ? `arguments were:${args.map((a) => ` ${errorValue(a)}`).join("")}` : `given ${args.length - 1} arguments total`;
      throw new Exn("exn:fail:contract", `'${name}: all vectors must have same size; ${shown}`);
    }
  }
  if (!arityIncludes(f, args.length - 1)) {
    throw contractFields(name, "mismatch between procedure arity and argument count", [
      ["procedure", errorValue(f)],
      ["expected arity", String(args.length - 1)],
    ]);
  }
  return v.length;
});

export const VECTOR_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["vector", vector],
  ["make-vector", makeVector],
  ["vector-ref", vectorRef],
  ["vector-set!", vectorSet],
  ["vector-length", vectorLength],
  ["vector->list", vectorToList],
  ["list->vector", listToVector],
  ["vector-fill!", vectorFill],
  ["vector-copy", vectorCopy],
  ["vector-copy!", vectorCopyInto],
  ["vector-append", vectorAppend],
  ["vector-member", vectorSearch("vector-member", isEqual)],
  ["vector-memv", vectorSearch("vector-memv", isEqv)],
  ["vector-memq", vectorSearch("vector-memq", isEq)],
  ...slicing.map(([name, cut, splits]) => [name, slicingPrimitive(name, cut, splits)] as const),
  ["vector-immutable", vectorImmutable],
  ["vector->immutable-vector", vectorToImmutable],
  ["immutable?", immutable],
  ["vector->values", vectorToValues],
  ["vector-empty?", vectorEmpty],
  ["vector-set*!", vectorSetStar],
  ["%check-vector-map-args", checkVectorMapArgs],
];
