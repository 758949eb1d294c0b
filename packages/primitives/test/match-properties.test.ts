// Properties of match on random lists, against JavaScript references: ellipses take as many
// elements as they can and give them back one at a time until the rest of the pattern matches.
// Each match is defined once as a procedure and called with the generated lists.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runShared } from "./syntax-fixture.js";

const RUNS = { numRuns: 1000 };
const written = (x: unknown): string => (Array.isArray(x) ? `(${x.map(written).join(" ")})` : String(x));
const digits = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 9 });

let defined = 0;
/** A procedure matching its argument against one clause (else 'no), applied to generated lists. */
function matcher(clause: string): (xs: number[]) => string {
  const name = `matcher${++defined}`;
  expect(runShared(`(define (${name} v) (match v [${clause}] [_ 'no]))`).result).toBe("#<void>");
  return (xs) => runShared(`(${name} '${written(xs)})`).result;
}

describe("match on random lists agrees with a JavaScript reference", () => {
  it("(list a b ... c)", () => {
    const m = matcher("(list a b ... c) (list a b c)");
    fc.assert(
      fc.property(digits, (xs) => {
        const expected = xs.length >= 2 ? written([xs[0], xs.slice(1, -1), xs[xs.length - 1]]) : "no";
        expect(m(xs)).toBe(expected);
      }),
      RUNS,
    );
  });

  it("(list a ... 3 b ...): the last 3 splits the list", () => {
    const m = matcher("(list a ... 3 b ...) (list a b)");
    fc.assert(
      fc.property(digits, (xs) => {
        const k = xs.lastIndexOf(3);
        const expected = k < 0 ? "no" : written([xs.slice(0, k), xs.slice(k + 1)]);
        expect(m(xs)).toBe(expected);
      }),
      RUNS,
    );
  });

  it("(list (? odd? a) ... b ...): the longest odd prefix", () => {
    const m = matcher("(list (? odd? a) ... b ...) (list a b)");
    fc.assert(
      fc.property(digits, (xs) => {
        let k = 0;
        while (k < xs.length && xs[k]! % 2 === 1) k++;
        expect(m(xs)).toBe(written([xs.slice(0, k), xs.slice(k)]));
      }),
      RUNS,
    );
  });

  it("(list (? even? a) ..2 (? odd? b) c ...)", () => {
    const m = matcher("(list (? even? a) ..2 (? odd? b) c ...) (list a b c)");
    fc.assert(
      fc.property(digits, (xs) => {
        let k = 0;
        while (k < xs.length && xs[k]! % 2 === 0) k++;
        const ok = k >= 2 && k < xs.length;
        const expected = ok ? written([xs.slice(0, k), xs[k], xs.slice(k + 1)]) : "no";
        expect(m(xs)).toBe(expected);
      }),
      RUNS,
    );
  });

  it("(list x y ... x): first and last equal", () => {
    const m = matcher("(list x y ... x) y");
    fc.assert(
      fc.property(digits, (xs) => {
        const expected = xs.length >= 2 && xs[0] === xs[xs.length - 1] ? written(xs.slice(1, -1)) : "no";
        expect(m(xs)).toBe(expected);
      }),
      RUNS,
    );
  });

  it("`(,a ,@(list b c) ,d ...) and (cons a (list* b rest))", () => {
    const quasiMatch = matcher("`(,a ,@(list b c) ,d ...) (list a b c d)");
    const pairMatch = matcher("(cons a (list* b rest)) (list a b rest)");
    fc.assert(
      fc.property(digits, (xs) => {
        const quasi = xs.length >= 3 ? written([xs[0], xs[1], xs[2], xs.slice(3)]) : "no";
        expect(quasiMatch(xs)).toBe(quasi);
        const pairs = xs.length >= 2 ? written([xs[0], xs[1], xs.slice(2)]) : "no";
        expect(pairMatch(xs)).toBe(pairs);
      }),
      RUNS,
    );
  });

  it("(vector a ... b) agrees with the list pattern", () => {
    expect(runShared("(define (vector-split l) (match (list->vector l) [(vector a ... b) (list a b)] [_ 'no]))").result).toBe("#<void>");
    fc.assert(
      fc.property(digits, (xs) => {
        const vec = runShared(`(vector-split '${written(xs)})`).result;
        expect(vec).toBe(xs.length >= 1 ? written([xs.slice(0, -1), xs[xs.length - 1]]) : "no");
      }),
      RUNS,
    );
  });
});
