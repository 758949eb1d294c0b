// Properties of transparent structs on random field values: equal? and hashing are field-wise,
// and each printing mode shows the fields as that mode shows them anywhere else (Racket prints
// `#(struct:p a b)` for write and display, `(p a b)` for print, fields in the same mode).

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { runShared } from "./syntax-fixture.js";

const RUNS = { numRuns: 1000 };

/** Random data as Scheme source text: numbers, strings, symbols, and lists of them. */
const datum: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.integer({ min: -99, max: 99 }).map(String),
    fc.constantFrom('"s"', '"a b"', "x", "|odd sym|", "2.5", "#\\a", "#t"),
    fc.array(tie("value"), { maxLength: 3 }).map((xs) => `(${xs.join(" ")})`),
  ),
})).value;

const quoted = (d: string) => `'${d}`;

describe("transparent structs", () => {
  beforeAll(() => {
    expect(runShared("(struct pt (x y) #:transparent)").result).toBe("#<void>");
    expect(
    runShared(`(define (struct-facts a b c d)
      (list (eq? (equal? (pt a b) (pt c d)) (and (equal? a c) (equal? b d)))
            (or (not (equal? (pt a b) (pt c d))) (= (equal-hash-code (pt a b)) (equal-hash-code (pt c d))))
            (string=? (format "~s" (pt a b)) (format "#(struct:pt ~s ~s)" a b))
            (string=? (format "~a" (pt a b)) (format "#(struct:pt ~a ~a)" a b))
            (string=? (format "~v" (pt a b)) (format "(pt ~v ~v)" a b))
            (string=? (format "~v" (list (pt a b))) (format "(list (pt ~v ~v))" a b))))`).result,
    ).toBe("#<void>");
  });

  it("equal?, equal-hash-code and the three printing modes are field-wise", () => {
    fc.assert(
      fc.property(datum, datum, fc.boolean(), datum, (a, b, same, d) => {
        const c = same ? a : d;
        expect(runShared(`(struct-facts ${quoted(a)} ${quoted(b)} ${quoted(c)} ${quoted(b)})`).result).toBe("(#t #t #t #t #t #t)");
      }),
      RUNS,
    );
  });

  it("a mutable hash finds a struct key by equal fields", () => {
    expect(runShared("(define table (make-hash))").result).toBe("#<void>");
    fc.assert(
      fc.property(datum, datum, (a, b) => {
        expect(runShared(`(begin (hash-set! table (pt ${quoted(a)} ${quoted(b)}) 'found) (hash-ref table (pt ${quoted(a)} ${quoted(b)}) #f))`).result).toBe("found");
      }),
      RUNS,
    );
  });
});
