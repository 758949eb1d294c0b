// racket/list procedures that build lists without calling back: make-list, range,
// inclusive-range, flatten, add-between, append*, cartesian-product, shuffle, permutations and
// combinations.

import { NIL, Pair, isSchemeNumber, type SchemeNumber } from "@rlms/reader";
import { contractFields, contractViolation, defineKeywordPrimitive, definePrimitive, errorValue } from "@rlms/evaluator";
import { add, ge, gt, le, lt } from "../numbers/index.js";
import { outOfMemory } from "../numbers/checks.js";
import { defaultGenerator } from "../numbers/random.js";
import { MAX_BUILD, checkList, checkListAt, checkNaturalAt, elements, listOf } from "./checks.js";
import { isProperList } from "./proper-list.js";

const makeList = definePrimitive("make-list", 2, (n: unknown, x: unknown) => {
  const k = checkNaturalAt("make-list", [n, x], 0);
  if (k > MAX_BUILD) throw outOfMemory("make-list");
  let out: unknown = NIL;
  for (let i = 0; i < (k as number); i++) out = new Pair(x, out);
  return out;
});

/**
 * `range` and `inclusive-range` are `for/list` over `in-range` / `in-inclusive-range`: each
 * argument must be real (checked in order, named after the sequence), the elements are start,
 * start+step, ... by repeated `+`, while `(< i end)` (`>` for a negative step; `<=`/`>=` when
 * inclusive).
 */
function numericRange(sequence: string, inclusive: boolean, start: unknown, end: unknown, step: unknown): unknown {
  for (const x of [start, end, step]) if (!isSchemeNumber(x)) throw contractViolation(sequence, "real?", x);
  const [a, b, s] = [start, end, step] as SchemeNumber[];
  const items: unknown[] = [];
  if (typeof a === "number" && typeof b === "number" && typeof s === "number" && Number.isSafeInteger(b + s)) {
    // Fixnums all the way (the sum never leaves the safe range): plain JS arithmetic.
    const count = Math.max(0, s === 0 ? (inclusive ? a <= b : a < b) ? Infinity : 0 : Math.floor((b - a) / s) + 1);
    if (count > MAX_BUILD) throw outOfMemory(inclusive ? "inclusive-range" : "range");
    if (s >= 0) for (let i = a; inclusive ? i <= b : i < b; i += s) items.push(i);
    else for (let i = a; inclusive ? i >= b : i > b; i += s) items.push(i);
    return listOf(items);
  }
  const up = ge(s, 0);
  const more = inclusive ? (up ? le : ge) : up ? lt : gt;
  for (let i = a; more(i, b); i = add(i, s)) {
    if (items.length >= MAX_BUILD) throw outOfMemory(inclusive ? "inclusive-range" : "range");
    items.push(i);
  }
  return listOf(items);
}

const range = definePrimitive("range", [1, 3], (...args: unknown[]) => {
  if (args.length === 1) return numericRange("in-range", false, 0, args[0], 1);
  return numericRange("in-range", false, args[0], args[1], args.length === 3 ? args[2] : 1);
});

const inclusiveRange = definePrimitive("inclusive-range", [2, 3], (start: unknown, end: unknown, step: unknown = 1) =>
  numericRange("in-inclusive-range", true, start, end, step),
);

/** Every non-list leaf of a tree of pairs, left to right (an improper tail counts as a leaf). */
const flatten = definePrimitive("flatten", 1, (tree: unknown) => {
  const leaves: unknown[] = [];
  // An explicit stack: deeply nested input must not exhaust the JS stack.
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x instanceof Pair) stack.push(x.cdr, x.car);
    else if (x !== NIL) leaves.push(x);
  }
  return listOf(leaves);
});

/** `(add-between l x #:splice? #:before-first #:before-last #:after-last)`, with Racket's checks. */
const addBetween = defineKeywordPrimitive("add-between", 2, ["after-last", "before-first", "before-last", "splice?"], ([l, x], kws) => {
  checkListAt("add-between", [l, x], 0);
  const splice = kws.has("splice?") && kws.get("splice?") !== false;
  const beforeFirst = kws.has("before-first") ? kws.get("before-first") : NIL;
  const beforeLast = kws.has("before-last") ? kws.get("before-last") : x;
  const afterLast = kws.has("after-last") ? kws.get("after-last") : NIL;
  const complain = (message: string, given: unknown) =>
    contractFields("add-between", message, [
      ["given", errorValue(given)],
      ["given list...", errorValue(l)],
    ]);
  if (splice) {
    const parts: Array<[unknown, string]> = [
      [x, ""],
      [beforeFirst, " for #:before-first"],
      [beforeLast, " for #:before-last"],
      [afterLast, " for #:after-last"],
    ];
    for (const [v, which] of parts) if (!isProperList(v)) throw complain(`list needed in splicing mode${which}`, v);
  } else {
    if (beforeFirst !== NIL) throw complain("#:before-first can only be used in splicing mode", beforeFirst);
    if (afterLast !== NIL) throw complain("#:after-last can only be used in splicing mode", afterLast);
  }
  const items = elements(l);
  const out: unknown[] = [];
  const put = (v: unknown) => (splice ? out.push(...elements(v)) : out.push(v));
  if (items.length <= 1) {
    if (!splice) return l;
    return listOf([...elements(beforeFirst), ...items, ...elements(afterLast)]);
  }
  if (splice) put(beforeFirst);
  items.forEach((item, i) => {
    if (i === items.length - 1) put(beforeLast);
    else if (i > 0) put(x);
    out.push(item);
  });
  if (splice) put(afterLast);
  return listOf(out);
});

/** `(append l ... tail)`: every argument but the last must be a list; the last is shared. */
function appendAll(lists: readonly unknown[]): unknown {
  for (let i = 0; i < lists.length - 1; i++) checkList("append", lists[i]);
  if (lists.length === 0) return NIL;
  let out = lists[lists.length - 1];
  for (let i = lists.length - 2; i >= 0; i--) out = listOf(elements(lists[i]), out);
  return out;
}

/** `(append* l ... lists)` is `(apply append l ... lists)`: apply's check, then append's. */
const appendStar = definePrimitive("append*", [1, Infinity], (...args: unknown[]) => {
  const spread = args[args.length - 1];
  if (!isProperList(spread)) throw contractViolation("apply", "list?", spread);
  return appendAll([...args.slice(0, -1), ...elements(spread)]);
});

const cartesianProduct = definePrimitive("cartesian-product", [0, Infinity], (...lists: unknown[]) => {
  lists.forEach((_, i) => checkListAt("cartesian-product", lists, i));
  let tuples: unknown[] = [NIL];
  for (let i = lists.length - 1; i >= 0; i--) {
    const next: unknown[] = [];
    for (const x of elements(lists[i])) for (const t of tuples) next.push(new Pair(x, t));
    if (next.length > MAX_BUILD) throw outOfMemory("cartesian-product");
    tuples = next;
  }
  return listOf(tuples);
});

/** Fisher-Yates with Racket's draws (`(random (add1 i))` per element), so seeds agree with Racket. */
const shuffle = definePrimitive("shuffle", 1, (l: unknown) => {
  checkList("shuffle", l);
  const a: unknown[] = [];
  let i = 0;
  for (let p = l; p instanceof Pair; p = p.cdr, i++) {
    const j = defaultGenerator.integer(i + 1);
    if (j !== i) a[i] = a[j];
    a[j] = p.car;
  }
  return listOf(a);
});

/**
 * Racket's permutation order (Ord-Smith, "Permutation Generation Methods", Algorithm 8, as in
 * racket/list): the input first, its reverse last.
 */
const permutations = definePrimitive("permutations", 1, (l: unknown) => {
  checkList("permutations", l);
  if (l === NIL || (l as Pair).cdr === NIL) return new Pair(l, NIL);
  const items = elements(l);
  const n = items.length - 2;
  let count = 1;
  for (let k = 2; k <= items.length; k++) count *= k;
  if (count > MAX_BUILD) throw outOfMemory("permutations");
  const c = new Array<number>(n + 1).fill(0);
  let current = [...items].reverse();
  const acc: unknown[] = [listOf(current)];
  let i = 0;
  for (;;) {
    const ci = c[i]!;
    if (ci <= i) {
      c[i] = ci + 1;
      current = swapFlip(current, ci, i);
      acc.push(listOf(current));
      i = 0;
    } else if (i < n) {
      c[i] = 0;
      i++;
    } else break;
  }
  return listOf(acc.reverse());
});

/** Racket's swap+flip: swaps items i and j+1, then reverses items 0..j. */
function swapFlip(l: readonly unknown[], i: number, j: number): unknown[] {
  const out = [...l];
  [out[i], out[j + 1]] = [out[j + 1], out[i]];
  const head = out.slice(0, j + 1).reverse();
  return [...head, ...out.slice(j + 1)];
}

/** All sublists (k #f), or those of length k, in Racket's order. */
const combinations = definePrimitive("combinations", [1, 2], (l: unknown, k: unknown = false) => {
  // The checks are in-combinations', under its name.
  if (!isProperList(l)) throw contractViolation("in-combinations", "list?", l);
  if (k !== false) checkNaturalAt("in-combinations", [l, k], 1);
  const v = elements(l);
  const out: unknown[] = [];
  if (k === false) {
    if (v.length > 26) throw outOfMemory("combinations");
    // Binary counting: bit i of the counter selects v[i].
    for (let bits = 0; bits < 2 ** v.length; bits++) out.push(listOf(v.filter((_, i) => Math.floor(bits / 2 ** i) % 2 === 1)));
    return listOf(out);
  }
  const size = Number(k);
  if (size > v.length) return NIL;
  const idx = Array.from({ length: size }, (_, i) => i);
  for (;;) {
    out.push(listOf(idx.map((i) => v[i])));
    if (out.length > MAX_BUILD) throw outOfMemory("combinations");
    let change = size - 1;
    while (change >= 0 && idx[change] === change + v.length - size) change--;
    if (change < 0) break;
    idx[change]!++;
    for (let j = change + 1; j < size; j++) idx[j] = idx[j - 1]! + 1;
  }
  return listOf(out);
});

export const CONSTRUCT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["make-list", makeList],
  ["range", range],
  ["inclusive-range", inclusiveRange],
  ["flatten", flatten],
  ["add-between", addBetween],
  ["append*", appendStar],
  ["cartesian-product", cartesianProduct],
  ["shuffle", shuffle],
  ["permutations", permutations],
  ["combinations", combinations],
];

export { appendAll };
