// Pairs and the first-order list procedures of racket/base.

import { NIL, Pair, isEq, isEqual, isEqv, isList, listToArray } from "@rlms/reader";
import { contractViolation, contractFields, definePrimitive, errorValue } from "@rlms/evaluator";

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
  const expected = `(cons/c ${"any/c"} any/c)`;
  return (x: unknown) => {
    let v = x;
    for (const step of path) {
      if (!(v instanceof Pair)) throw contractViolation(name, path.length > 1 ? describePath(name) : "pair?", x);
      v = step === "a" ? v.car : v.cdr;
    }
    void expected;
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

function listArg(who: string, x: unknown): unknown[] {
  const xs = listToArray(x);
  if (xs === undefined) throw contractViolation(who, "list?", x);
  return xs;
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

function mem(name: string, same: (a: unknown, b: unknown) => boolean) {
  return definePrimitive(name, 2, (v: unknown, l: unknown) => {
    for (let p = l; p !== NIL; p = (p as Pair).cdr) {
      if (!(p instanceof Pair)) throw contractViolation(name, "list?", l);
      if (same(v, p.car)) return p;
    }
    return false;
  });
}

function ass(name: string, same: (a: unknown, b: unknown) => boolean) {
  return definePrimitive(name, 2, (v: unknown, l: unknown) => {
    for (let p = l; p !== NIL; p = (p as Pair).cdr) {
      if (!(p instanceof Pair)) throw contractViolation(name, "list?", l);
      const entry = p.car;
      if (!(entry instanceof Pair)) throw contractViolation(name, "(listof pair?)", l);
      if (same(v, entry.car)) return entry;
    }
    return false;
  });
}

export const PAIR_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["car", definePrimitive("car", 1, (p: unknown) => car(p))],
  ["cdr", definePrimitive("cdr", 1, (p: unknown) => cdr(p))],
  ...cxrNames.map((n) => [n, definePrimitive(n, 1, cxr(n))] as const),
  ["list?", definePrimitive("list?", 1, isList)],
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
  [
    "list-ref",
    definePrimitive("list-ref", 2, (l: unknown, k: unknown) => {
      if (typeof k !== "number" || k < 0) throw contractViolation("list-ref", "exact-nonnegative-integer?", k);
      let p = l;
      for (let i = 0; i < k; i++) {
        if (!(p instanceof Pair)) throw contractFields("list-ref", "index too large for list", [["index", String(k)], ["in", errorValue(l)]]);
        p = p.cdr;
      }
      if (!(p instanceof Pair)) throw contractFields("list-ref", "index too large for list", [["index", String(k)], ["in", errorValue(l)]]);
      return p.car;
    }),
  ],
  [
    "list-tail",
    definePrimitive("list-tail", 2, (l: unknown, k: unknown) => {
      if (typeof k !== "number" || k < 0) throw contractViolation("list-tail", "exact-nonnegative-integer?", k);
      let p = l;
      for (let i = 0; i < k; i++) {
        if (!(p instanceof Pair)) throw contractFields("list-tail", "index too large for list", [["index", String(k)], ["in", errorValue(l)]]);
        p = p.cdr;
      }
      return p;
    }),
  ],
  ["memq", mem("memq", isEq)],
  ["memv", mem("memv", isEqv)],
  ["assq", ass("assq", isEq)],
  ["assv", ass("assv", isEqv)],
  ["assoc", ass("assoc", isEqual)],
  ["list*", definePrimitive("list*", [1, Infinity], (...xs: unknown[]) => {
    let out = xs[xs.length - 1];
    for (let i = xs.length - 2; i >= 0; i--) out = new Pair(xs[i], out);
    return out;
  })],
];

export { listArg };
