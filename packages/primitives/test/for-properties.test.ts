// Properties of the for loops, against plain JavaScript loops: the specialised loops (in-range,
// in-list, in-vector written in the clause) and the run-time dispatch on a sequence value must
// agree with each other and with the obvious meaning. Each loop is defined once as a procedure
// and called with the generated inputs (expanding a loop costs far more than running it).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runShared } from "./syntax-fixture.js";

/** Defines `definition` (a procedure) and returns a caller of it, for the generated inputs. */
function procedure(definition: string): (...args: string[]) => string {
  const name = /^\(define \(([^ )]+)/.exec(definition)![1]!;
  expect(runShared(definition).result).toBe("#<void>");
  return (...args) => runShared(`(${name} ${args.join(" ")})`).result;
}

const RUNS = { numRuns: 1000 };
const written = (xs: readonly unknown[]): string => `(${xs.map((x) => (Array.isArray(x) ? written(x) : String(x))).join(" ")})`;

function jsRange(start: number, end: number, step: number): number[] {
  const out: number[] = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}

const small = fc.integer({ min: -20, max: 20 });
const step = fc.integer({ min: -5, max: 5 }).filter((s) => s !== 0);
const smallList = fc.array(fc.integer({ min: -9, max: 9 }), { maxLength: 12 });

describe("for loops agree with JavaScript loops", () => {
  it("for/list over (in-range a b s) written in the clause", () => {
    const f = procedure("(define (range-loop a b s) (for/list ([i (in-range a b s)]) i))");
    fc.assert(
      fc.property(small, small, step, (a, b, s) => {
        expect(f(String(a), String(b), String(s))).toBe(written(jsRange(a, b, s)));
      }),
      RUNS,
    );
  });

  it("for/list over an in-range sequence value (run-time dispatch)", () => {
    const f = procedure("(define (range-value a b s) (let ([r (in-range a b s)]) (for/list ([i r]) i)))");
    fc.assert(
      fc.property(small, small, step, (a, b, s) => {
        expect(f(String(a), String(b), String(s))).toBe(written(jsRange(a, b, s)));
      }),
      RUNS,
    );
  });

  it("for/list over (in-range n) and over n itself", () => {
    const f = procedure("(define (count-loops n) (list (for/list ([i (in-range n)]) i) (for/list ([i n]) i)))");
    fc.assert(
      fc.property(fc.nat(30), (n) => {
        const expected = written(jsRange(0, n, 1));
        expect(f(String(n))).toBe(`(${expected} ${expected})`);
      }),
      RUNS,
    );
  });

  it("parallel clauses stop at the shortest sequence", () => {
    const f = procedure("(define (zip3 xs ys n) (for/list ([x (in-list xs)] [y (list->vector ys)] [i n]) (list x y i)))");
    fc.assert(
      fc.property(smallList, smallList, fc.nat(15), (xs, ys, n) => {
        const zipped = xs.slice(0, Math.min(xs.length, ys.length, n)).map((x, i) => [x, ys[i], i]);
        expect(f(`'${written(xs)}`, `'${written(ys)}`, String(n))).toBe(written(zipped));
      }),
      RUNS,
    );
  });

  it("for* nests, with #:when and #:unless between the clauses", () => {
    const f = procedure("(define (nested n m k) (for*/list ([i n] #:unless (odd? i) [j (+ m i)] #:when (not (= (modulo j 3) k))) (list i j)))");
    fc.assert(
      fc.property(fc.nat(5), fc.nat(5), fc.nat(2), (n, m, k) => {
        const expected: number[][] = [];
        for (let i = 0; i < n; i++) {
          if (i % 2 === 1) continue;
          for (let j = 0; j < m + i; j++) if (j % 3 !== k) expected.push([i, j]);
        }
        expect(f(String(n), String(m), String(k))).toBe(written(expected));
      }),
      RUNS,
    );
  });

  it("for/fold with two accumulators and a #:break", () => {
    const f = procedure(
      "(define (sum-until xs stop) (for/fold ([sum 0] [count 0] #:result (list sum count)) ([x xs]) #:break (= x stop) (values (+ sum x) (+ count 1))))",
    );
    fc.assert(
      fc.property(smallList, fc.integer({ min: -9, max: 9 }), (xs, stop) => {
        let sum = 0;
        let count = 0;
        for (const x of xs) {
          if (x === stop) break;
          sum += x;
          count++;
        }
        expect(f(`'${written(xs)}`, String(stop))).toBe(written([sum, count]));
      }),
      RUNS,
    );
  });

  it("for/first, for/last, for/and, for/or and for/sum agree with array methods", () => {
    const f = procedure(
      "(define (folds l) (list (for/first ([x l] #:when (< x 0)) x) (for/last ([x l] #:when (< x 0)) x) (for/and ([x l]) (< x 8)) (for/or ([x l]) (and (> x 7) x)) (for/sum ([x l]) x)))",
    );
    fc.assert(
      fc.property(smallList, (xs) => {
        const firstNeg = xs.find((x) => x < 0);
        const lastNeg = [...xs].reverse().find((x) => x < 0);
        const allSmall = xs.every((x) => x < 8);
        const anyBig = xs.find((x) => x > 7);
        const shown = (v: number | boolean | undefined) => (v === undefined || v === false ? "#f" : v === true ? "#t" : String(v));
        const sum = xs.reduce((a, b) => a + b, 0);
        expect(f(`'${written(xs)}`)).toBe(`(${[shown(firstNeg), shown(lastNeg), shown(allSmall), shown(anyBig), String(sum)].join(" ")})`);
      }),
      RUNS,
    );
  });
});
