// Pairs and the first-order list procedures of racket/base, with Racket CS's error messages.

import { NIL, Pair, isEq, isEqual, isEqv } from "@rlms/reader";
import { Exn, contractFields, contractViolation, definePrimitive, errorValue } from "@rlms/evaluator";
import { isProperList } from "./proper-list.js";

const car = (p: unknown, who = "car"): unknown => {
  if (!(p instanceof Pair)) throw contractViolation(who, "pair?", p);
  return p.car;
};
const cdr = (p: unknown, who = "cdr"): unknown => {
  if (!(p instanceof Pair)) throw contractViolation(who, "pair?", p);
  return p.cdr;
};

/** `cadr`, `cddar`...: applied right to left, with Racket's error naming the whole accessor. */
function cxr(name: string): (x: unknown) => unknown {
  const path = name.slice(1, -1).split("").reverse();
  const expected = describePath(name);
  return (x: unknown) => {
    let v = x;
    for (const step of path) {
      if (!(v instanceof Pair)) throw contractViolation(name, expected, x);
      v = step === "a" ? v.car : v.cdr;
    }
    return v;
  };
}

/** Racket's contract text for a c[ad]+r accessor, e.g. cadr → `(cons/c any/c pair?)`. */
function describePath(name: string): string {
  const path = name.slice(1, -1).split("");
  let c = "pair?";
  for (let i = 1; i < path.length; i++) c = path[i] === "a" ? `(cons/c ${c} any/c)` : `(cons/c any/c ${c})`;
  return c;
}

function length(x: unknown): number {
  let n = 0;
  for (let p = x; p !== NIL; p = (p as Pair).cdr, n++) {
    if (!(p instanceof Pair)) throw contractViolation("length", "list?", x);
  }
  return n;
}

const cxrNames: string[] = [];
for (const len of [2, 3, 4]) {
  const gen = (prefix: string): void => {
    if (prefix.length === len) cxrNames.push(`c${prefix}r`);
    else for (const c of ["a", "d"]) gen(prefix + c);
  };
  gen("");
}

/** `member: not a proper list\n  in: ...` (raise-arguments-error's layout). */
function notAProperList(who: string, l: unknown): Exn {
  return contractFields(who, "not a proper list", [["in", errorValue(l)]]);
}

/** memq, memv and (two-argument) member: a match is found even in an improper list. */
function mem(name: string, same: (a: unknown, b: unknown) => boolean) {
  return definePrimitive(name, 2, (v: unknown, l: unknown) => {
    let p = l;
    for (; p instanceof Pair; p = p.cdr) if (same(v, p.car)) return p;
    if (p !== NIL) throw notAProperList(name, l);
    return false;
  });
}

/** assq, assv and (two-argument) assoc: every element up to the match must be a pair. */
function ass(name: string, same: (a: unknown, b: unknown) => boolean) {
  return definePrimitive(name, 2, (v: unknown, l: unknown) => {
    let p = l;
    for (; p instanceof Pair; p = p.cdr) {
      const entry = p.car;
      if (!(entry instanceof Pair)) throw contractFields(name, "non-pair found in list", [["non-pair", errorValue(entry)], ["list", errorValue(l)]]);
      if (same(v, entry.car)) return entry;
    }
    // raise-mismatch-error's one-line layout.
    if (p !== NIL) throw new Exn("exn:fail:contract", `${name}: not a proper list: ${errorValue(l)}`);
    return false;
  });
}

/**
 * Chez's complaints for list-ref and list-tail: a bad index is described in one line, and a list
 * that ends early either "too large" (at '()) or "reaches a non-pair" (at an improper tail).
 */
function listIndex(who: string, l: unknown, k: unknown, needPair: boolean): unknown {
  if (!((typeof k === "number" && k >= 0) || (typeof k === "bigint" && k >= 0n))) {
    throw new Exn("exn:fail:contract", `${who}: index ${errorValue(k)} is not an exact nonnegative integer`);
  }
  let p = l;
  if (typeof k === "number") {
    let i = 0;
    for (; i < k && p instanceof Pair; i++) p = p.cdr;
    if (i === k && !needPair) return p;
    if (i === k && p instanceof Pair) return p.car;
  } else {
    while (p instanceof Pair) p = p.cdr; // no list is 2^53 long
  }
  const message = p === NIL ? "index too large for list" : "index reaches a non-pair";
  throw contractFields(who, message, [["index", errorValue(k)], ["in", errorValue(l)]]);
}

export const PAIR_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["car", definePrimitive("car", 1, (p: unknown) => car(p))],
  ["cdr", definePrimitive("cdr", 1, (p: unknown) => cdr(p))],
  ...cxrNames.map((n) => [n, definePrimitive(n, 1, cxr(n))] as const),
  ["list?", definePrimitive("list?", 1, isProperList)],
  ["length", definePrimitive("length", 1, length)],
  [
    "reverse",
    definePrimitive("reverse", 1, (l: unknown) => {
      let out: unknown = NIL;
      for (let p = l; p !== NIL; p = (p as Pair).cdr) {
        if (!(p instanceof Pair)) throw contractViolation("reverse", "list?", l);
        out = new Pair(p.car, out);
      }
      return out;
    }),
  ],
  ["list-ref", definePrimitive("list-ref", 2, (l: unknown, k: unknown) => listIndex("list-ref", l, k, true))],
  ["list-tail", definePrimitive("list-tail", 2, (l: unknown, k: unknown) => listIndex("list-tail", l, k, false))],
  ["memq", mem("memq", isEq)],
  ["memv", mem("memv", isEqv)],
  ["%member", mem("member", isEqual)],
  ["assq", ass("assq", isEq)],
  ["assv", ass("assv", isEqv)],
  ["%assoc", ass("assoc", isEqual)],
  [
    "list*",
    definePrimitive("list*", [1, Infinity], (...xs: unknown[]) => {
      let out = xs[xs.length - 1];
      for (let i = xs.length - 2; i >= 0; i--) out = new Pair(xs[i], out);
      return out;
    }),
  ],
];
