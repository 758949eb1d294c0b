// List and vector behaviour that the Racket recordings cannot cover: the deliberate extension
// (vector-for-each, which Racket 8.7 lacks), the internal fast paths (primitive procedures run in
// TypeScript, Scheme procedures in Scheme) and the names procedures print with.

import { describe, expect, it } from "vitest";
import { outcome } from "./recorded-cases.js";

function value(expr: string): string {
  const o = outcome(expr);
  return o.values !== undefined ? o.values.join(" ") : `ERROR: ${o.message}`;
}

describe("vector-for-each (R7RS's; not in Racket 8.7)", () => {
  it("calls the procedure on each element, or on the elements at each index, in order", () => {
    expect(outcome("(vector-for-each display #(1 2 3))").out).toBe("123");
    expect(outcome("(vector-for-each (lambda (a b) (display (+ a b))) #(1 2) #(10 20))").out).toBe("1122");
    expect(value("(vector-for-each display #())")).toBe("#<void>");
  });

  it("checks its arguments as vector-map does", () => {
    expect(value("(vector-for-each 5 #(1))")).toBe("ERROR: vector-for-each: contract violation\n  expected: procedure?\n  given: 5\n  argument position: 1st\n  other arguments...:\n   '#(1)");
    expect(value("(vector-for-each display '(1))")).toBe(
      "ERROR: vector-for-each: contract violation\n  expected: vector?\n  given: '(1)\n  argument position: 2nd\n  other arguments...:\n   #<procedure:display>",
    );
    expect(value("(vector-for-each + #(1) #(1 2))")).toBe("ERROR: 'vector-for-each: all vectors must have same size; arguments were: #<procedure:+> '#(1) '#(1 2)");
  });
});

describe("fast paths", () => {
  it("run a primitive procedure in TypeScript and a closure in Scheme, with the same results", () => {
    expect(value("(let ([l (range 1000)]) (equal? (map add1 l) (map (lambda (x) (add1 x)) l)))")).toBe("#t");
    expect(value("(let ([l (range 1000)]) (equal? (sort (reverse l) <) (sort (reverse l) (lambda (a b) (< a b)))))")).toBe("#t");
    expect(value("(let ([v (build-vector 1000 (lambda (i) (- 1000 i)))]) (equal? (vector-sort v <) (vector-sort v (lambda (a b) (< a b)))))")).toBe("#t");
  });

  it("report an error inside a primitive procedure as that primitive does", () => {
    expect(value("(map car '((1) 2))")).toBe("ERROR: car: contract violation\n  expected: pair?\n  given: 2");
    expect(value("(sort '(3 x 1) <)")).toBe("ERROR: <: contract violation\n  expected: real?\n  given: 'x");
    expect(value("(foldl + 0 '(1 a))")).toBe("ERROR: +: contract violation\n  expected: number?\n  given: 'a");
  });

  it("sort 100,000 numbers with < quickly", () => {
    const t0 = performance.now();
    expect(value("(let ([l (sort (build-list 100000 (lambda (i) (modulo (* i 7919) 100003))) <)]) (list (car l) (length l)))")).toBe("(0 100000)");
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it("keep `case` on the kernel's membership test", () => {
    expect(value("(case (* 2 3) [(2 3 5 7) 'prime] [(1 4 6 8 9) 'composite] [else 'other])")).toBe("composite");
    expect(value("(case \"a\" [(\"a\") 'string] [else 'other])")).toBe("string");
  });
});

describe("procedures", () => {
  it("print with their Racket names", () => {
    expect(value("(list map sort first member remove-duplicates vector-map build-list vector-sort!)")).toBe(
      "(#<procedure:map> #<procedure:sort> #<procedure:first> #<procedure:member> #<procedure:remove-duplicates> #<procedure:vector-map> #<procedure:build-list> #<procedure:vector-sort!>)",
    );
  });

  it("accept the arities Racket's do", () => {
    expect(value("(map (lambda (p) (procedure-arity-includes? (car p) (cdr p))) (list (cons map 2) (cons map 5) (cons map 1) (cons sort 2) (cons member 3) (cons first 1)))")).toBe(
      "(#t #t #f #t #t #t)",
    );
  });
});
