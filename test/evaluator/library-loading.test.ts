// Library code written in Scheme is read, expanded and compiled on first use (start-up cost
// follows what a program uses). These tests pin down what that must not change.

import { describe, expect, it } from "vitest";
import { Exn, type Evaluator, type RunResult } from "@rlms/evaluator";
import { createEvaluator } from "@rlms/primitives";
import { formatLocation, write } from "@rlms/reader";

function withLibrary(library: string): Evaluator {
  const ev = createEvaluator();
  ev.loadLibrary(library, "lib.scm");
  return ev;
}

function result(r: RunResult): string {
  if (r.status === "ok") return write(r.value);
  if (r.status === "error") return r.error instanceof Exn ? `ERROR: ${r.error.message}` : `UNCAUGHT: ${write(r.error)}`;
  return r.status;
}

describe("library definitions written in Scheme", () => {
  it("may refer to definitions later in the file, and to each other recursively", () => {
    const ev = withLibrary(`
      (define (my-even? n) (if (eq? n 0) #t (my-odd? (- n 1))))
      (define (my-odd? n) (if (eq? n 0) #f (my-even? (- n 1))))
      (define answer (list (my-even? 10) (my-odd? 7) later))
      (define later 'later)`);
    expect(result(ev.runSync("answer"))).toBe("(#t #t later)");
    expect(result(ev.runSync("(my-odd? 1001)"))).toBe("#t");
  });

  it("keep referring to the library's binding when a program defines the same name", () => {
    const ev = withLibrary(`(define (helper) 'library) (define (api) (helper))`);
    expect(result(ev.runSync(`(define (helper) 'program) (list (helper) (api))`))).toBe("(program library)");
  });

  it("are constant: a program cannot set! them", () => {
    const ev = withLibrary(`(define (api) 1)`);
    expect(result(ev.runSync(`(set! api 2)`))).toMatch(/^ERROR: .*set!: cannot mutate module-required identifier/);
  });

  it("report an error in a definition where it is, when the definition is first used", () => {
    const ev = withLibrary(`(define (fine) 1)\n(define (broken)\n  (if))`);
    expect(result(ev.runSync("(fine)"))).toBe("1");
    const r = ev.runSync("(broken)");
    expect(r.status === "error" && r.error instanceof Exn ? `${r.error.srcloc && formatLocation(r.error.srcloc)}: ${r.error.message}` : r).toBe("lib.scm:3:3: if: bad syntax\n  in: (if)");
  });

  it("run syntax definitions at load, so library macros are available to programs", () => {
    const ev = withLibrary(`(define-syntax-rule (twice e) (begin e e)) (define (count-twice) (let ([n 0]) (twice (set! n (+ n 1))) n))`);
    expect(result(ev.runSync("(list (count-twice) (let ([k 0]) (twice (set! k (+ k 10))) k))"))).toBe("(2 20)");
  });

  it("define their macros on first use, from any place: a program, a library procedure, another macro", () => {
    const ev = withLibrary(`
      (define-syntax-rule (unless* c e) (if c (void) e))
      (define-syntax my-or (syntax-rules () [(_) #f] [(_ e) e] [(_ e r ...) (let ([t e]) (if t t (my-or r ...)))]))
      (define (first-true . xs) (my-or (car xs) (cadr xs)))
      (define-syntax broken (syntax-rules))`);
    expect(result(ev.runSync("(list (my-or #f 2) (first-true #f 'x) (let ([t 5]) (my-or #f t)))"))).toBe("(2 x 5)");
    expect(result(ev.runSync("(let ([out '()]) (unless* #f (set! out 'ran)) out)"))).toBe("ran");
    // A broken definition nobody uses costs nothing; used, it reports its error.
    expect(result(ev.runSync("(broken)"))).toMatch(/^ERROR: syntax-rules: bad syntax/);
  });

  it("of rackunit load with (require rackunit), or with the first check, not at every start", () => {
    const ev = createEvaluator();
    expect(ev.namespace.lookupTopLevel("run-tests")).toBeUndefined();
    expect(result(ev.runSync(`(test-case "t" 1)`))).toMatch(/^ERROR: test-case: unbound identifier/);
    expect(result(ev.runSync(`(require rackunit rackunit/text-ui) (run-tests (test-suite "s" (check-equal? 1 1)) 'quiet)`))).toBe("0");
    const other = createEvaluator();
    expect(result(other.runSync(`(check-true #t) (procedure? run-tests)`))).toBe("#t");
  });

    it("name their procedures and locate runtime errors in the library text", () => {
    const ev = withLibrary(`(define (first-of l)\n  (car l))`);
    const r = ev.runSync("(first-of 5)", { source: "main.scm" });
    expect(result(r)).toMatch(/^ERROR: car: contract violation/);
    expect(r.status === "error" && r.error instanceof Exn ? r.error.backtrace?.map((f) => f.name) : undefined).toContain("first-of");
  });
});
