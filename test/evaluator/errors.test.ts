// Error messages in Racket's shape, with the source location of the failing call and a backtrace.
import { describe, expect, it } from "vitest";
import { Exn } from "@rlms/evaluator";
import { errorLocation, ev, runScheme } from "../support/scheme.js";

describe("Racket's error messages", () => {
  it.each([
    ["(car 1)", "car: contract violation\n  expected: pair?\n  given: 1"],
    ["(car '())", "car: contract violation\n  expected: pair?\n  given: '()"],
    ["(+ 1 \"a\")", "+: contract violation\n  expected: number?\n  given: \"a\""],
    ["(/ 1 0)", "/: division by zero"],
    ["((lambda (x) x))", "test.scm:1:1: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 1\n  given: 0"],
    ["(car 1 2)", "car: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 1\n  given: 2"],
    ["(1 2)", "application: not a procedure;\n expected a procedure that can be applied to arguments\n  given: 1"],
    ["(define (f) (g)) (f)", "g: unbound identifier\n  in: g"],
    ["(define (f) x) (define x (f))", "x: undefined;\n cannot reference an identifier before its definition"],
    ["(raise-argument-error 'f \"integer?\" \"x\")", "f: contract violation\n  expected: integer?\n  given: \"x\""],
    ["(apply + 1)", "apply: contract violation\n  expected: list?\n  given: 1"],
  ])("%s", (code, message) => {
    const o = runScheme(code);
    expect(o.raw.status).toBe("error");
    const err = o.raw.status === "error" ? o.raw.error : undefined;
    expect(err).toBeInstanceOf(Exn);
    const text = (err as Exn).message;
    // Racket prefixes anonymous procedures with their location; ours is the lambda's.
    expect(text.replace(/^#<procedure:test\.scm:1:2>/, "test.scm:1:1")).toBe(message);
  });
});

describe("locations", () => {
  it("a runtime error points at the failing call, line and column", () => {
    const o = runScheme("(define (f x)\n  (+ x 1))\n(define y 'a)\n(f y)");
    expect(errorLocation(o)).toBe("test.scm:2:3");
  });

  it("a syntax error points at the offending form and names it", () => {
    const o = runScheme("(define x 1)\n(let ([x 1] [x 2])\n  x)");
    expect(o.result).toMatch(/^ERROR: let: duplicate identifier/);
    expect(errorLocation(o)).toBe("test.scm:2:14");
  });

  it("an unbound identifier points at its use", () => {
    const o = runScheme("(display 1)\n  (undefined-thing 2)");
    expect(errorLocation(o)).toBe("test.scm:2:4");
    expect(o.output).toBe(""); // nothing ran: the program failed to expand
  });

  it("a read error has the reader's message and position", () => {
    const o = runScheme("(display 1)\n(car (list 1)");
    expect(o.result).toBe("ERROR: unclosed `(` opened at 2:1");
    expect(errorLocation(o)).toBe("test.scm:2:1");
  });

  it("the backtrace lists the procedures on the way to the error", () => {
    const o = runScheme("(define (inner x) (car x))\n(define (middle x) (+ 1 (inner x)))\n(define (outer x) (* 2 (middle x)))\n(outer 5)");
    const err = o.raw.status === "error" ? (o.raw.error as Exn) : undefined;
    const names = err?.backtrace?.map((b) => b.name);
    expect(names?.slice(0, 3)).toEqual(["inner", "middle", "outer"]);
    expect(err?.backtrace?.[1]?.loc?.line).toBe(2);
  });

  it("output printed before an error is kept", () => {
    const o = runScheme(`(display "before") (car '())`);
    expect(o.output).toBe("before");
    expect(o.result).toMatch(/^ERROR: car/);
  });
});

describe("errors never escape as host exceptions", () => {
  it.each(["(vector-ref 5 0)", "((lambda args (apply car args)) 1 2 3)", "(let loop ([n 0]) (if (< n 10) (loop (+ n 1)) (raise (list n))))"])("%s", (code) => {
    expect(() => ev(code)).not.toThrow();
  });
});
