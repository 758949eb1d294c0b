// take, drop, split-at and their -right forms, and list-set: racket/list's index-based slicing.
// As in Racket, the left forms accept improper lists as long as there are enough pairs
// (`(take '(1 2 . 3) 2)` is '(1 2)), and a short list is reported with the count it lacked.

import { NIL, Pair } from "@rlms/reader";
import { MultipleValues, contractViolation, definePrimitive } from "@rlms/evaluator";
import { checkListAt, checkNaturalAt } from "./checks.js";
import { isProperList } from "./proper-list.js";

/** `n` pairs into `l`, or undefined when there are fewer (Racket's `drop*`). */
function dropPairs(l: unknown, n: number | bigint): unknown {
  if (typeof n === "bigint") return undefined; // no list has 2^53 pairs
  let p = l;
  for (let i = 0; i < n; i++) {
    if (!(p instanceof Pair)) return undefined;
    p = p.cdr;
  }
  return p;
}

function tooLarge(who: string, l: unknown, n: number | bigint) {
  const proper = isProperList(l);
  const expected = proper ? `a list with at least ${n} elements` : `a (possibly improper) list with at least ${n} pairs`;
  return contractViolation(who, expected, l);
}

/** A fresh list of the first `n` elements of `l` (which has them), ending in `tail`. */
function copyPrefix(l: unknown, n: number, tail: unknown): unknown {
  const head = new Pair(undefined, tail);
  let last = head;
  let p = l;
  for (let i = 0; i < n; i++) {
    const cell = new Pair((p as Pair).car, tail);
    last.cdr = cell;
    last = cell;
    p = (p as Pair).cdr;
  }
  return head.cdr;
}

/** The first `n` elements of `l` as a fresh list, and the rest of `l`. */
function splitAt(who: string, l: unknown, n: number | bigint): [unknown, unknown] {
  const rest = dropPairs(l, n);
  if (rest === undefined) throw tooLarge(who, l, n);
  return [copyPrefix(l, n as number, NIL), rest];
}

const take = definePrimitive("take", 2, (l: unknown, n: unknown) => {
  const k = checkNaturalAt("take", [l, n], 1);
  return splitAt("take", l, k)[0];
});

const drop = definePrimitive("drop", 2, (l: unknown, n: unknown) => {
  const k = checkNaturalAt("drop", [l, n], 1);
  const rest = dropPairs(l, k);
  if (rest === undefined) throw tooLarge("drop", l, k);
  return rest;
});

const splitAtPrimitive = definePrimitive("split-at", 2, (l: unknown, n: unknown) => {
  const k = checkNaturalAt("split-at", [l, n], 1);
  return new MultipleValues(splitAt("split-at", l, k));
}).returnsMultipleValues();

/**
 * The -right forms count from the end with a lead pointer `n` pairs ahead (as Racket, after
 * SRFI-1), so an improper tail stays with the right part: `(take-right '(1 2 . 3) 1)` is '(2 . 3).
 * Returns the length of the left part.
 */
function leftCount(who: string, l: unknown, n: unknown): number {
  const k = checkNaturalAt(who, [l, n], 1);
  let lead = dropPairs(l, k);
  if (lead === undefined) throw tooLarge(who, l, k);
  let count = 0;
  while (lead instanceof Pair) {
    lead = lead.cdr;
    count++;
  }
  return count;
}

const takeRight = definePrimitive("take-right", 2, (l: unknown, n: unknown) => dropPairs(l, leftCount("take-right", l, n)));

const dropRight = definePrimitive("drop-right", 2, (l: unknown, n: unknown) => splitAt("drop-right", l, leftCount("drop-right", l, n))[0]);

const splitAtRight = definePrimitive("split-at-right", 2, (l: unknown, n: unknown) => {
  return new MultipleValues(splitAt("split-at-right", l, leftCount("split-at-right", l, n)));
}).returnsMultipleValues();

/**
 * `(list-set l k v)`. Racket implements it with list-update, whose recursion takes `car` of the
 * empty list when `k` is too large: the error is car's.
 */
const listSet = definePrimitive("list-set", 3, (l: unknown, k: unknown, v: unknown) => {
  checkListAt("list-set", [l, k, v], 0);
  const index = checkNaturalAt("list-set", [l, k, v], 1);
  const rest = dropPairs(l, index);
  if (!(rest instanceof Pair)) throw contractViolation("car", "pair?", NIL);
  return copyPrefix(l, index as number, new Pair(v, rest.cdr));
});

export const SLICING_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["take", take],
  ["drop", drop],
  ["split-at", splitAtPrimitive],
  ["take-right", takeRight],
  ["drop-right", dropRight],
  ["split-at-right", splitAtRight],
  ["list-set", listSet],
];
