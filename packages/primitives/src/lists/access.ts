// racket/list's element accessors: first ... tenth, last, last-pair, rest, plus empty and cons?.
// Like Racket's, they insist on a proper list (`(first '(1 . 2))` is an error), which
// proper-list.ts answers in amortised constant time.

import { NIL, Pair } from "@rlms/reader";
import { contractFields, contractViolation, definePrimitive, errorValue } from "@rlms/evaluator";
import { NONEMPTY_LIST } from "./checks.js";
import { isKnownList, isProperList, rememberList } from "./proper-list.js";

const first = definePrimitive("first", 1, (x: unknown) => {
  if (x instanceof Pair && isProperList(x)) return x.car;
  throw contractViolation("first", NONEMPTY_LIST, x);
});

/** `second` ... `tenth`: `list?` first, then "list contains too few elements". */
function nth(name: string, position: number) {
  return definePrimitive(name, 1, (l: unknown) => {
    if (!isProperList(l)) throw contractViolation(name, "list?", l);
    let p = l;
    for (let i = 1; i < position && p instanceof Pair; i++) p = p.cdr;
    if (p instanceof Pair) return p.car;
    throw contractFields(name, "list contains too few elements", [["list", errorValue(l)]]);
  });
}

const ORDINAL_NAMES = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

const last = definePrimitive("last", 1, (l: unknown) => {
  if (!(l instanceof Pair && isProperList(l))) throw contractViolation("last", NONEMPTY_LIST, l);
  let p = l;
  while (p.cdr instanceof Pair) p = p.cdr;
  return p.car;
});

const lastPair = definePrimitive("last-pair", 1, (l: unknown) => {
  if (!(l instanceof Pair)) throw contractViolation("last-pair", "pair?", l);
  let p = l;
  while (p.cdr instanceof Pair) p = p.cdr;
  return p;
});

const rest = definePrimitive("rest", 1, (l: unknown) => {
  if (!(l instanceof Pair && isProperList(l))) throw contractViolation("rest", NONEMPTY_LIST, l);
  // A loop over `rest` asks about every tail in turn: tell the cache the answer for the next one.
  if (isKnownList(l)) rememberList(l.cdr);
  return l.cdr;
});

export const ACCESS_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["first", first],
  ...ORDINAL_NAMES.map((name, i) => [name, nth(name, i + 2)] as const),
  ["last", last],
  ["last-pair", lastPair],
  ["rest", rest],
  ["empty", NIL],
  ["cons?", definePrimitive("cons?", 1, (x: unknown) => x instanceof Pair)],
];
