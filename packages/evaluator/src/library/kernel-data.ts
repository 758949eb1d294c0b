// The few data procedures that derived forms expand into (quasiquote builds with cons, list,
// append and list->vector; case tests with member). The standard library re-exports these same
// objects under the same names.

import { NIL, Pair, isEqual, listToArray } from "@rlms/reader";
import { contractViolation } from "../errors/exn.js";
import { definePrimitive } from "../values/primitive.js";

export const cons = definePrimitive("cons", 2, (a: unknown, b: unknown) => new Pair(a, b));

export const list = definePrimitive("list", [0, Infinity], (...xs: unknown[]) => {
  let out: unknown = NIL;
  for (let i = xs.length - 1; i >= 0; i--) out = new Pair(xs[i], out);
  return out;
});

/** `(append l ... x)`: every argument but the last must be a list; the last is shared. */
export const append = definePrimitive("append", [0, Infinity], (...xs: unknown[]) => {
  if (xs.length === 0) return NIL;
  let out = xs[xs.length - 1];
  for (let i = xs.length - 2; i >= 0; i--) {
    const items = listToArray(xs[i]);
    if (items === undefined) throw contractViolation("append", "list?", xs[i]);
    for (let j = items.length - 1; j >= 0; j--) out = new Pair(items[j], out);
  }
  return out;
});

export const listToVector = definePrimitive("list->vector", 1, (l: unknown) => {
  const items = listToArray(l);
  if (items === undefined) throw contractViolation("list->vector", "list?", l);
  return items;
});

export const member = definePrimitive("member", [2, 3], (v: unknown, l: unknown) => {
  for (let p = l; p !== NIL; p = (p as Pair).cdr) {
    if (!(p instanceof Pair)) throw contractViolation("member", "list?", l);
    if (isEqual(v, p.car)) return p;
  }
  return false;
});

export const KERNEL_DATA: ReadonlyArray<readonly [string, unknown]> = [
  ["cons", cons],
  ["list", list],
  ["append", append],
  ["list->vector", listToVector],
  ["member", member],
  // `case` tests membership through this name: the library replaces `member` with one that also
  // takes an equality procedure (written in Scheme), which would make every `case` slower.
  ["%case-member", member],
];
