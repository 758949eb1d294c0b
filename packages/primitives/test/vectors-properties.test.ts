// Properties of the vector procedures on random input (1,000 runs each): vector <-> list round
// trips, vector-copy! against a JS model (overlapping copies included), the slicing procedures
// against Array.prototype.slice, and vector-map / vector-filter / vector-count / vector-argmin
// against their list counterparts.

import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { outcome } from "./recorded-cases.js";

const RUNS = { numRuns: 1000 };

function value(expr: string): string {
  const o = outcome(expr);
  return o.values !== undefined ? o.values.join(" ") : `ERROR: ${o.message}`;
}

function define(program: string): void {
  expect(outcome(program).error).toBeUndefined();
}

const ints = fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 30 });
const quoted = (xs: readonly number[]): string => `'(${xs.join(" ")})`;
const vec = (xs: readonly number[]): string => `#(${xs.join(" ")})`;

// Checkers defined once: expanding them per run would cost more than running them.
beforeAll(() => {
  define(`(define (round-trips l)
            (let ([v (list->vector l)])
              (list (equal? (vector->list v) l) (equal? (list->vector (vector->list v)) v) (= (vector-length v) (length l))
                    (equal? (vector->list (vector-copy v)) l) (equal? (vector->list (vector->immutable-vector v)) l)
                    (equal? (vector-map (lambda (x) (* x 3)) v) (list->vector (map (lambda (x) (* x 3)) l)))
                    (equal? (vector-filter even? v) (list->vector (filter even? l)))
                    (equal? (vector-filter-not even? v) (list->vector (filter-not even? l)))
                    (= (vector-count even? v) (count even? l))
                    (equal? (call-with-values (lambda () (vector->values v)) list) l)
                    (equal? (build-vector (length l) (lambda (i) (list-ref l i))) v))))`);
  define(`(define (copy-into dest at src from to)
            (let ([d (list->vector dest)])
              (vector-copy! d at (list->vector src) from to)
              d))`);
  define(`(define (copy-within xs at from to)
            (let ([d (list->vector xs)])
              (vector-copy! d at d from to)
              d))`);
  define(`(define (slices l n)
            (let ([v (list->vector l)])
              (list (vector-take v n) (vector-drop v n) (vector-take-right v n) (vector-drop-right v n)
                    (call-with-values (lambda () (vector-split-at v n)) list)
                    (call-with-values (lambda () (vector-split-at-right v n)) list))))`);
  define(`(define (extremes l)
            (let ([v (list->vector l)] [key (lambda (x) (abs x))])
              (list (eq? (vector-argmin key v) (argmin key l)) (eq? (vector-argmax key v) (argmax key l)))))`);
});

describe("vectors", () => {
  it("round-trip through lists, and agree with the list procedures", () => {
    fc.assert(
      fc.property(ints, (xs) => {
        expect(value(`(round-trips ${quoted(xs)})`)).toBe("(#t #t #t #t #t #t #t #t #t #t #t)");
      }),
      RUNS,
    );
  });

  it("vector-copy! copies the range as Array.prototype.copyWithin would, or complains", () => {
    fc.assert(
      fc.property(ints, ints, fc.nat(40), fc.nat(40), fc.nat(40), (dest, src, at, a, b) => {
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const got = value(`(copy-into ${quoted(dest)} ${at} ${quoted(src)} ${from} ${to})`);
        if (at > dest.length || to > src.length || at + (to - from) > dest.length) {
          expect(got).toMatch(/^ERROR: vector-copy!: /);
          return;
        }
        const expected = [...dest];
        for (let i = from; i < to; i++) expected[at + i - from] = src[i]!;
        expect(got).toBe(vec(expected));
      }),
      RUNS,
    );
  });

  it("vector-copy! within one vector behaves as memmove", () => {
    fc.assert(
      fc.property(ints, fc.nat(30), fc.nat(30), fc.nat(30), (xs, at, a, b) => {
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        if (to > xs.length || at + (to - from) > xs.length) return;
        const expected = [...xs].copyWithin(at, from, to);
        expect(value(`(copy-within ${quoted(xs)} ${at} ${from} ${to})`)).toBe(vec(expected));
      }),
      RUNS,
    );
  });

  it("vector-take / drop / split-at and the -right forms slice like Array.prototype.slice", () => {
    fc.assert(
      fc.property(ints, fc.nat(35), (xs, n) => {
        const got = value(`(slices ${quoted(xs)} ${n})`);
        if (n > xs.length) {
          expect(got).toMatch(/^ERROR: vector-take: index is out of range\n {2}index: /);
          return;
        }
        const [l, r, lr, rr] = [xs.slice(0, n), xs.slice(n), xs.slice(0, xs.length - n), xs.slice(xs.length - n)].map(vec);
        expect(got).toBe(`(${l} ${r} ${rr} ${lr} (${l} ${r}) (${lr} ${rr}))`);
      }),
      RUNS,
    );
  });

  it("vector-argmin and vector-argmax pick the same element as argmin and argmax", () => {
    fc.assert(
      fc.property(ints.filter((xs) => xs.length > 0), (xs) => {
        expect(value(`(extremes ${quoted(xs)})`)).toBe("(#t #t)");
      }),
      RUNS,
    );
  });
});
