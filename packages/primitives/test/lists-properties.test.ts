// Properties of the list procedures on random input (1,000 runs each): sort is ordered, stable
// and a permutation, and its TypeScript path (primitive comparator) and Scheme path (closure)
// agree step for step even for a comparator that is not a strict order; take / drop / split-at
// and their -right forms fit together; remove-duplicates keeps first occurrences; the cached
// `list?` agrees with a plain walk however lists share tails; and a few more.

import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { NIL, Pair, listToArray } from "@rlms/reader";
import { isProperList } from "../src/lists/proper-list.js";
import { outcome } from "./recorded-cases.js";

const RUNS = { numRuns: 1000 };

/** The single value a program returns, as `write` shows it (or the error message). */
function value(expr: string): string {
  const o = outcome(expr);
  return o.values !== undefined ? o.values.join(" ") : `ERROR: ${o.message}`;
}

/** Runs a definition in the shared evaluator, for the programs after it. */
function define(program: string): void {
  expect(outcome(program).error).toBeUndefined();
}

// Expanding a lambda costs the expander far more than running these small programs, so the
// closures and checkers are defined once (the shared evaluator keeps top-level definitions) and
// each run only passes data.
beforeAll(() => {
  define(`(define (closure-< a b) (< a b)) (define (closure-<= a b) (<= a b))
          (define (closure-> a b) (> a b)) (define (closure->= a b) (>= a b))
          (define (closure-= a b) (= a b)) (define (mod3 x) (modulo x 3)) (define (mod5 x) (modulo x 5))`);
  define(`(define (sorted-range xs less start end)
            (list (vector-sort (list->vector xs) less start end)
                  (let ([v (list->vector xs)]) (vector-sort! v less start end) v)))`);
  define(`(define (splits l n left right left-r right-r)
            (list (equal? (take l n) left) (equal? (drop l n) right)
                  (equal? (call-with-values (lambda () (split-at l n)) list) (list left right))
                  (equal? (take-right l n) right-r) (equal? (drop-right l n) left-r)
                  (equal? (call-with-values (lambda () (split-at-right l n)) list) (list left-r right-r))
                  (equal? (list-tail l n) right)))`);
  define(`(define (splitfs l left right)
            (list (equal? (takef l even?) left) (equal? (dropf l even?) right)
                  (equal? (call-with-values (lambda () (splitf-at l even?)) append) l)
                  (equal? (call-with-values (lambda () (splitf-at-right l even?)) append) l)))`);
});

const quoted = (xs: readonly unknown[]): string => `'(${xs.map(String).join(" ")})`;
const smallInts = fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 30 });

describe("sort", () => {
  it("is ordered, stable and a permutation (keys with ties, both paths)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 70 }), fc.boolean(), fc.boolean(), (keys, closure, cache) => {
        // Elements (key . position): stability shows in the positions of equal keys.
        const pairs = keys.map((k, i) => `(${k} . ${i})`).join(" ");
        const less = closure ? "closure-<" : "<";
        const got = value(`(sort '(${pairs}) ${less} #:key car #:cache-keys? ${cache ? "#t" : "#f"})`);
        const expected = keys
          .map((k, i) => [k, i] as const)
          .sort((a, b) => a[0] - b[0]) // Array.prototype.sort is stable
          .map(([k, i]) => `(${k} . ${i})`)
          .join(" ");
        expect(got).toBe(`(${expected})`);
      }),
      RUNS,
    );
  });

  it("takes the same steps with a primitive comparator as with a closure, for < <= > >=", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 50 }), fc.constantFrom("<", "<=", ">", ">="), (xs, op) => {
        // Exact and inexact copies of equal numbers tell the orders of equal elements apart.
        const items = xs.map((x, i) => (i % 2 === 0 ? String(x) : `${x}.0`)).join(" ");
        const native = value(`(sort '(${items}) ${op})`);
        const scheme = value(`(sort '(${items}) closure-${op})`);
        expect(scheme).toBe(native);
      }),
      RUNS,
    );
  });

  it("agrees with vector-sort and vector-sort! on any range", () => {
    fc.assert(
      fc.property(smallInts, fc.nat(), fc.nat(), fc.boolean(), (xs, a, b, closure) => {
        const n = xs.length;
        const [start, end] = [Math.min(a % (n + 1), b % (n + 1)), Math.max(a % (n + 1), b % (n + 1))];
        const less = closure ? "closure-<" : "<";
        const sorted = [...xs.slice(start, end)].sort((p, q) => p - q);
        const inPlace = [...xs.slice(0, start), ...sorted, ...xs.slice(end)];
        expect(value(`(sorted-range ${quoted(xs)} ${less} ${start} ${end})`)).toBe(`(#(${sorted.join(" ")}) #(${inPlace.join(" ")}))`);
      }),
      RUNS,
    );
  });
});

describe("take, drop, split-at", () => {
  it("split a list in two that append back to it, from either end", () => {
    fc.assert(
      fc.property(smallInts, fc.nat(70), (xs, n) => {
        const l = quoted(xs);
        if (n > xs.length) {
          expect(value(`(take ${l} ${n})`)).toMatch(/^ERROR: take: contract violation\n {2}expected: a list with at least/);
          return;
        }
        const parts = [xs.slice(0, n), xs.slice(n), xs.slice(0, xs.length - n), xs.slice(xs.length - n)].map(quoted).join(" ");
        expect(value(`(splits ${l} ${n} ${parts})`)).toBe("(#t #t #t #t #t #t #t)");
      }),
      RUNS,
    );
  });

  it("takef / dropf / splitf-at split at the first failure", () => {
    fc.assert(
      fc.property(smallInts, (xs) => {
        const l = quoted(xs);
        const k = xs.findIndex((x) => x % 2 !== 0);
        const cut = k === -1 ? xs.length : k;
        expect(value(`(splitfs ${l} ${quoted(xs.slice(0, cut))} ${quoted(xs.slice(cut))})`)).toBe("(#t #t #t #t)");
      }),
      RUNS,
    );
  });
});

describe("remove-duplicates", () => {
  it("keeps the first occurrence of each element, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 15 }), { maxLength: 80 }), fc.constantFrom("", " eq?", " eqv?", " equal?", " ="), (xs, same) => {
        const expected = xs.filter((x, i) => xs.indexOf(x) === i);
        expect(value(`(remove-duplicates ${quoted(xs)}${same})`)).toBe(value(quoted(expected)));
      }),
      RUNS,
    );
  });

  it("compares keys with #:key, keeping the element whose key came first", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 80 }), (xs) => {
        const expected = xs.filter((x, i) => xs.findIndex((y) => y % 5 === x % 5) === i);
        expect(value(`(remove-duplicates ${quoted(xs)} #:key mod5)`)).toBe(value(quoted(expected)));
      }),
      RUNS,
    );
  });
});

describe("list? and its cache", () => {
  /** Lists built from shared tails, some improper: checked in a random order. */
  it("agrees with a plain walk on every tail of lists that share structure", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ length: fc.nat(90), share: fc.nat(), improper: fc.boolean() }), { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 60 }), (specs, probes) => {
        const lists: unknown[] = [];
        for (const spec of specs) {
          let tail: unknown = spec.improper ? 0 : NIL;
          if (lists.length > 0 && spec.share % 2 === 0) tail = lists[spec.share % lists.length];
          for (let i = 0; i < spec.length; i++) tail = new Pair(i, tail);
          lists.push(tail);
        }
        const tails: unknown[] = [];
        for (const l of lists) for (let p = l; ; p = (p as Pair).cdr) {
          tails.push(p);
          if (!(p instanceof Pair)) break;
        }
        // Probes in a random order first (they fill the cache), then every tail once.
        for (const x of [...probes.map((i) => tails[i % tails.length]), ...tails]) {
          if (isProperList(x) !== (listToArray(x) !== undefined)) expect.fail(`list? is wrong for a tail of length ${String(listToArray(x)?.length)}`);
        }
      }),
      RUNS,
    );
  });
});

describe("other list procedures", () => {
  it("range matches a counting loop", () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -30, max: 30 }), fc.integer({ min: -7, max: 7 }).filter((s) => s !== 0), (a, b, s) => {
        const expected: number[] = [];
        for (let i = a; s > 0 ? i < b : i > b; i += s) expected.push(i);
        expect(value(`(range ${a} ${b} ${s})`)).toBe(value(quoted(expected)));
        const inclusive: number[] = [];
        for (let i = a; s > 0 ? i <= b : i >= b; i += s) inclusive.push(i);
        expect(value(`(inclusive-range ${a} ${b} ${s})`)).toBe(value(quoted(inclusive)));
      }),
      RUNS,
    );
  });

  it("group-by partitions by key, classes in order of first appearance", () => {
    fc.assert(
      fc.property(smallInts, fc.boolean(), (xs, custom) => {
        const key = (x: number) => ((x % 3) + 3) % 3;
        const classes: number[][] = [];
        const seen = new Map<number, number[]>();
        for (const x of xs) {
          let c = seen.get(key(x));
          if (c === undefined) seen.set(key(x), (c = [])), classes.push(c);
          c.push(x);
        }
        const same = custom ? " closure-=" : "";
        expect(value(`(group-by mod3 ${quoted(xs)}${same})`)).toBe(value(`'(${classes.map((c) => `(${c.join(" ")})`).join(" ")})`));
      }),
      RUNS,
    );
  });

  it("map, filter, foldl, foldr, andmap, ormap, count: the primitive and closure paths agree", () => {
    // Defined once (the shared evaluator keeps top-level definitions); each run passes a list.
    // (closure f) wraps a primitive in a closure, so that the Scheme loops run, not the native ones.
    define(`(define (paths-agree l)
      (define (closure f) (lambda xs (apply f xs)))
      (list (equal? (map abs l) (map (closure abs) l))
            (equal? (filter even? l) (filter (closure even?) l))
            (equal? (foldl cons '() l) (foldl (closure cons) '() l))
            (equal? (foldr cons '() l) (foldr (closure cons) '() l))
            (equal? (andmap even? l) (andmap (closure even?) l))
            (equal? (ormap negative? l) (ormap (closure negative?) l))
            (equal? (map - l l) (map (closure -) l l))
            (equal? (for-each abs l) (for-each (closure abs) l))
            (equal? (count even? l) (length (filter-not odd? l)))
            (map abs l)))`);
    fc.assert(
      fc.property(smallInts, (xs) => {
        expect(value(`(paths-agree ${quoted(xs)})`)).toBe(`(#t #t #t #t #t #t #t #t #t (${xs.map((x) => Math.abs(x)).join(" ")}))`);
      }),
      RUNS,
    );
  });

  it("flatten lists the leaves left to right", () => {
    type Tree = number | Tree[];
    const tree = fc.letrec<{ t: Tree }>((tie) => ({ t: fc.oneof({ depthSize: "small" }, fc.integer({ min: 0, max: 9 }), fc.array(tie("t"), { maxLength: 4 })) })).t;
    const show = (t: Tree): string => (Array.isArray(t) ? `(${t.map(show).join(" ")})` : String(t));
    const leaves = (t: Tree): number[] => (Array.isArray(t) ? t.flatMap(leaves) : [t]);
    fc.assert(
      fc.property(tree, (t) => {
        expect(value(`(flatten '${show(t)})`)).toBe(value(quoted(leaves(t))));
      }),
      RUNS,
    );
  });
});
