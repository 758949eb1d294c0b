// The argument checks of racket/set, with Racket's messages. A generic set is a hash set or a
// list (racket/set implements gen:set for lists); the operations dispatch on the first argument,
// and racket/generic reports a first argument that is no set in its own layout, naming the
// method's other formals (`x argument...: 1`, `rest args: '()`).

import { HashTable, NIL, Pair, isList, list, type HashKind } from "@rlms/reader";
import { Exn, contractFields, errorValue } from "@rlms/evaluator";
import { argumentError } from "../numbers/checks.js";
import { SetValue } from "./set-value.js";

/** Lists are generic sets too. */
export type GenericSet = SetValue | unknown[];

export const isGenericSet = (v: unknown): boolean => v instanceof SetValue || isList(v);

/** The formals of each gen:set method after the set (for the dispatch error), `.` for a rest. */
const FORMALS: Readonly<Record<string, readonly string[]>> = {
  "set-member?": ["x"],
  "set=?": ["set2"],
  "subset?": ["set2"],
  "proper-subset?": ["set2"],
  "set-map": ["f"],
  "set-for-each": ["f"],
  "set-add": ["x"],
  "set-remove": ["x"],
  "set-add!": ["x"],
  "set-remove!": ["x"],
  "set-union": ["."],
  "set-intersect": ["."],
  "set-subtract": ["."],
  "set-symmetric-difference": ["."],
  "set-union!": ["."],
  "set-intersect!": ["."],
  "set-subtract!": ["."],
  "set-symmetric-difference!": ["."],
};

/** racket/generic's error for a first argument that implements no gen:set. */
export function notASet(who: string, args: readonly unknown[]): Exn {
  const formals = FORMALS[who] ?? [];
  let lines = `${who}: contract violation:\n  expected: set?\n  given: ${errorValue(args[0])}\n  argument position: 1st`;
  formals.forEach((name, i) => {
    if (name === ".") lines += `\n  rest args: ${errorValue(list(args.slice(i + 1)))}`;
    else lines += `\n  ${name} argument...: ${errorValue(args[i + 1])}`;
  });
  return new Exn("exn:fail:contract", lines);
}

/** The first argument of a gen:set method. */
export function genericSet(who: string, args: readonly unknown[]): GenericSet {
  const s = args[0];
  if (s instanceof SetValue) return s;
  if (s === NIL || s instanceof Pair) {
    const items: unknown[] = [];
    let p: unknown = s;
    while (p instanceof Pair) {
      items.push(p.car);
      p = p.cdr;
    }
    if (p === NIL) return items;
  }
  throw notASet(who, args);
}

/** racket/set's message for a hash set of the wrong mutability (no indentation, as Racket prints it). */
export function wrongMutability(who: string, s: SetValue): Exn {
  return s.mutable
    ? new Exn("exn:fail", `${who}:\nexpected: (not/c (or/c set-mutable? set-weak?))\ngiven mutable set: ${errorValue(s)}\nargument position: 1st`)
    : new Exn("exn:fail", `${who}:\nexpected: (or/c set-mutable? set-weak?)\ngiven immutable set: ${errorValue(s)}\nargument position: 1st`);
}

/** A hash set that must be immutable (`set-add`) or mutable (`set-add!`). */
export function hashSet(who: string, s: GenericSet, mutable: boolean): SetValue {
  if (!(s instanceof SetValue)) throw new Exn("exn:fail", `${who}: not implemented for ${errorValue(list(s))}`);
  if (s.mutable !== mutable) throw wrongMutability(who, s);
  return s;
}

/**
 * The other sets of a hash-set operation (`set-union s s2 ...`): generic sets (else an
 * argument error naming the position) of the same equality as `s`.
 */
export function compatibleSets(who: string, args: readonly unknown[]): SetValue[] {
  const s = args[0] as SetValue;
  return args.slice(1).map((other, i) => {
    if (!isGenericSet(other)) throw argumentError(who, "generic-set?", args, i + 1);
    if (!(other instanceof SetValue) || other.kind !== s.kind) {
      throw contractFields(who, "set arguments have incompatible equivalence predicates", [
        ["first set", errorValue(s)],
        ["incompatible set", errorValue(other)],
      ]);
    }
    return other;
  });
}

/** A new hash set of `kind` holding `elements` (later duplicates ignored, as `set-add` does). */
export function makeSet(kind: HashKind, mutable: boolean, elements: Iterable<unknown>): SetValue {
  if (mutable) {
    const s = SetValue.empty(kind, true);
    for (const e of elements) s.add(e);
    return s;
  }
  // An immutable table may be filled in place until anyone else sees it.
  const table = new HashTable(kind, false);
  for (const e of elements) if (!table.has(e)) table.set(e, true);
  return new SetValue(table);
}
