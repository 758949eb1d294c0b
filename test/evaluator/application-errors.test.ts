// Racket's messages for applications that go wrong: arity errors of procedures with optional and
// keyword arguments, keyword arguments a procedure does not take, and several values (or none)
// where one is expected. Every expected message and exception kind was recorded from Racket 8.7:
// each call run in a `#lang racket` module after PRELUDE, inside a handler that wrote
// `(exn-message e)` and `(exn:fail:contract:arity? e)` (the top-level cases: each program alone,
// the message read from Racket's error output).
import { describe, expect, it } from "vitest";
import { Exn } from "@rlms/evaluator";
import { runScheme } from "../support/scheme.js";

const PRELUDE = `
(define (f1 a #:k [k 1]) a)
(define (f2 a #:k [k 1] . r) a)
(define (f3 a b #:j [j 1] #:k [k 1]) a)
(define (f4 a #:k k) a)
(define (f5 a #:j j #:k k) a)
(define (f7 a [b 1] [c 2]) a)
(define (f8 a [b 1] #:k [k 1]) a)
(define (f9 #:k [k 1]) 1)
(define (f10 #:k k) 1)
(define (f11 #:j [j 1] #:k [k 1] #:l [l 1]) 1)
(define (f12 a #:j j #:k [k 1]) 1)
(define (f15 #:j j #:k k #:l l) 1)
(define (f16 a b [c 1] #:i i #:j j #:k [k 1] #:l [l 2]) 1)
(define (f17 a b #:i i #:j j #:k [k 1] #:l [l 2] . r) 1)
(define (f19 [a 1] #:k k . r) 1)
(define (g a) a)
(define cl (case-lambda [(a) 1] [(a b) 2]))
(define p (make-parameter 1))
(define five (if (zero? (random 1)) 5 #f))
(define (two) (values 1 2))
(define (zero) (values))
(define (opt-default [o (values 1 2)]) o)
(define y 0)
`;

function failure(code: string): Exn {
  const o = runScheme(`${PRELUDE}\n${code}`);
  expect(o.raw.status).toBe("error");
  const err = o.raw.status === "error" ? o.raw.error : undefined;
  expect(err).toBeInstanceOf(Exn);
  return err as Exn;
}

describe("arity and keyword errors, as Racket words them", () => {
  it.each([
    ["(f1)", "f1: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 1 plus an optional argument with keyword #:k\n  given: 0", true],
    ["(f1 1 2)", "f1: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 1 plus an optional argument with keyword #:k\n  given: 2\n  arguments...:\n   1\n   2", true],
    ["(f1 \"a\" 'b #\\c '(1 2))", "f1: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 1 plus an optional argument with keyword #:k\n  given: 4\n  arguments...:\n   \"a\"\n   'b\n   #\\c\n   '(1 2)", true],
    ["(f1 #:k 2)", "application: no case matching 0 non-keyword arguments\n  procedure: f1\n  arguments...:\n   #:k 2", true],
    ["(f1 1 2 #:k 2)", "application: no case matching 2 non-keyword arguments\n  procedure: f1\n  arguments...:\n   1\n   2\n   #:k 2", true],
    ["(f2)", "f2: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: at least 1 plus an optional argument with keyword #:k\n  given: 0", true],
    ["(f2 #:k 1)", "application: no case matching 0 non-keyword arguments\n  procedure: f2\n  arguments...:\n   #:k 1", true],
    ["(f3)", "f3: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 2 plus optional arguments with keywords #:j and #:k\n  given: 0", true],
    ["(f3 1)", "f3: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 2 plus optional arguments with keywords #:j and #:k\n  given: 1\n  arguments...:\n   1", true],
    ["(f3 1 2 3)", "f3: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 2 plus optional arguments with keywords #:j and #:k\n  given: 3\n  arguments...:\n   1\n   2\n   3", true],
    ["(f3 1 #:k 1)", "application: no case matching 1 non-keyword argument\n  procedure: f3\n  arguments...:\n   1\n   #:k 1", true],
    ["(apply f3 '(1))", "f3: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 2 plus optional arguments with keywords #:j and #:k\n  given: 1\n  arguments...:\n   1", true],
    ["(keyword-apply f3 '(#:k) '(1) '(1))", "application: no case matching 1 non-keyword argument\n  procedure: f3\n  arguments...:\n   1\n   #:k 1", true],
    ["(f4)", "f4: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 1 plus an argument with keyword #:k\n  given: 0", true],
    ["(f4 1)", "application: required keyword argument not supplied\n  procedure: f4\n  required keyword: #:k\n  arguments...:\n   1", false],
    ["(f4 1 2)", "f4: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 1 plus an argument with keyword #:k\n  given: 2\n  arguments...:\n   1\n   2", true],
    ["(f4 #:k 1)", "application: no case matching 0 non-keyword arguments\n  procedure: f4\n  arguments...:\n   #:k 1", true],
    ["(f5 1)", "application: required keyword argument not supplied\n  procedure: f5\n  required keyword: #:j\n  arguments...:\n   1", false],
    ["(f5 1 2)", "f5: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 1 plus arguments with keywords #:j and #:k\n  given: 2\n  arguments...:\n   1\n   2", true],
    ["(f5 1 #:j 1)", "application: required keyword argument not supplied\n  procedure: f5\n  required keyword: #:k\n  arguments...:\n   1\n   #:j 1", false],
    ["(f5 #:j 1)", "application: required keyword argument not supplied\n  procedure: f5\n  required keyword: #:k\n  arguments...:\n   #:j 1", false],
    ["(f5 1 2 #:j 1 #:k 3)", "application: no case matching 2 non-keyword arguments\n  procedure: f5\n  arguments...:\n   1\n   2\n   #:j 1\n   #:k 3", true],
    ["(f5 1 #:j 1 #:z 3)", "application: procedure does not expect an argument with given keyword\n  procedure: f5\n  given keyword: #:z\n  arguments...:\n   1\n   #:j 1\n   #:z 3", false],
    ["(f7)", "f7: arity mismatch;\n the expected number of arguments does not match the given number\n  given: 0", true],
    ["(f7 1 2 3 4)", "f7: arity mismatch;\n the expected number of arguments does not match the given number\n  given: 4", true],
    ["(f8)", "f8: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: a different number plus an optional argument with keyword #:k\n  given: 0", true],
    ["(f8 1 2 3)", "f8: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: a different number plus an optional argument with keyword #:k\n  given: 3\n  arguments...:\n   1\n   2\n   3", true],
    ["(f9 1)", "f9: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 0 plus an optional argument with keyword #:k\n  given: 1\n  arguments...:\n   1", true],
    ["(f10)", "application: required keyword argument not supplied\n  procedure: f10\n  required keyword: #:k", false],
    ["(f10 1)", "f10: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 0 plus an argument with keyword #:k\n  given: 1\n  arguments...:\n   1", true],
    ["(f11 1)", "f11: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 0 plus optional arguments with keywords #:j, #:k, and #:l\n  given: 1\n  arguments...:\n   1", true],
    ["(f12)", "f12: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 1 plus an argument with keyword #:j plus an optional argument with keyword #:k\n  given: 0", true],
    ["(f12 #:j 1)", "application: no case matching 0 non-keyword arguments\n  procedure: f12\n  arguments...:\n   #:j 1", true],
    ["(f15 1)", "f15: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 0 plus arguments with keywords #:j, #:k, and #:l\n  given: 1\n  arguments...:\n   1", true],
    ["(f15 #:l 3 #:j 1 #:k 2 1)", "application: no case matching 1 non-keyword argument\n  procedure: f15\n  arguments...:\n   1\n   #:j 1\n   #:k 2\n   #:l 3", true],
    ["(f15 #:l 3 #:m 1 #:k 2 1)", "application: procedure does not expect an argument with given keyword\n  procedure: f15\n  given keyword: #:m\n  arguments...:\n   1\n   #:k 2\n   #:l 3\n   #:m 1", false],
    ["(f15 #:l 3 #:m 1 #:k 2)", "application: procedure does not expect an argument with given keyword\n  procedure: f15\n  given keyword: #:m\n  arguments...:\n   #:k 2\n   #:l 3\n   #:m 1", false],
    ["(f16)", "f16: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: a different number plus arguments with keywords #:i and #:j plus optional arguments with keywords #:k and #:l\n  given: 0", true],
    ["(f17)", "f17: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: at least 2 plus arguments with keywords #:i and #:j plus optional arguments with keywords #:k and #:l\n  given: 0", true],
    ["(f19)", "application: required keyword argument not supplied\n  procedure: f19\n  required keyword: #:k", false],
    ["(g 1 #:k 2)", "application: procedure does not accept keyword arguments\n  procedure: g\n  arguments...:\n   1\n   #:k 2", false],
    ["(g #:k 2)", "application: procedure does not accept keyword arguments\n  procedure: g\n  arguments...:\n   #:k 2", false],
    ["(cl 1 #:k 1)", "application: procedure does not accept keyword arguments\n  procedure: cl\n  arguments...:\n   1\n   #:k 1", false],
    ["(car 1 #:k 1)", "application: procedure does not accept keyword arguments\n  procedure: car\n  arguments...:\n   1\n   #:k 1", false],
    ["(p 1 2)", "parameter-procedure: arity mismatch;\n the expected number of arguments does not match the given number\n  given: 2", true],
    ["(p #:k 1)", "application: procedure does not accept keyword arguments\n  procedure: parameter-procedure\n  arguments...:\n   #:k 1", false],
    ["(five 2 #:k 1)", "application: not a procedure;\n expected a procedure that can be applied to arguments\n  given: 5\n  arguments...:\n   2\n   #:k 1", false],
    ["(sort '(1))", "sort: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 2 plus optional arguments with keywords #:cache-keys? and #:key\n  given: 1\n  arguments...:\n   '(1)", true],
    ["(sort '(1) < 1 2)", "sort: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 2 plus optional arguments with keywords #:cache-keys? and #:key\n  given: 4\n  arguments...:\n   '(1)\n   #<procedure:<>\n   1\n   2", true],
    ["(sort '(1) #:key car)", "application: no case matching 1 non-keyword argument\n  procedure: sort\n  arguments...:\n   '(1)\n   #:key #<procedure:car>", true],
    ["(sort '(1) < #:foo car)", "application: procedure does not expect an argument with given keyword\n  procedure: sort\n  given keyword: #:foo\n  arguments...:\n   '(1)\n   #<procedure:<>\n   #:foo #<procedure:car>", false],
    ["(sort '(1) < 1 #:key car)", "application: no case matching 3 non-keyword arguments\n  procedure: sort\n  arguments...:\n   '(1)\n   #<procedure:<>\n   1\n   #:key #<procedure:car>", true],
  ] as const)("%s", (code, message, arity) => {
    const err = failure(code);
    expect(err.message).toBe(message);
    expect(err.is("exn:fail:contract:arity")).toBe(arity);
  });
});

describe("several values where one is expected: result arity mismatch", () => {
  it.each([
    ["(+ 1 (values 1 2))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(+ (values 1 2) 1)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(+ 1 (two))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(let ([x (values 1 2)]) x)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(let ([x (two)]) x)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(let* ([x (two)]) x)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(if (values 1 2) 'a 'b)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(if (two) 'a 'b)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(and (two) 1)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(or (two) 1)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(when (values) 1)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 0", true],
    ["(list (values))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 0", true],
    ["(list (zero))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 0", true],
    ["(vector 1 (two))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(string-append \"a\" (values))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 0", true],
    ["(not (values 1 2))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(add1 (values))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 0", true],
    ["(car (two))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["((two) 1)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(f1 (two))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(f1 1 #:k (two))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(opt-default)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(let () (define x (two)) x)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(let loop ([i (two)]) i)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(begin (set! y (two)) y)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(values 1 (two))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(with-continuation-mark 'k (two) 3)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(if (call/cc (lambda (k) (k 1 2))) 1 2)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(list (quotient/remainder 7 2))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(list (integer-sqrt/remainder 17))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(cons (split-at '(1 2) 1) 1)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(cons (split-at-right '(1 2) 1) 1)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(vector (vector-split-at (vector 1 2) 1))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(vector (vector-split-at-right (vector 1 2) 1))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(list (vector->values (vector 1 2)))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(list (hash-iterate-key+value (hash 'a 1) (hash-iterate-first (hash 'a 1))))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(let-values ([(a) (two)]) a)", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2", true],
    ["(let-values ([(a b) (values 1 2 3)]) a)", "result arity mismatch;\n expected number of values not received\n  expected: 2\n  received: 3\n  in: local-binding form\n  arguments...:\n   1\n   2\n   3", true],
    ["(let-values ([(a b) (values)]) a)", "result arity mismatch;\n expected number of values not received\n  expected: 2\n  received: 0\n  in: local-binding form", true],
    ["(let-values ([() (values 1)]) 1)", "result arity mismatch;\n expected number of values not received\n  expected: 0\n  received: 1\n  in: local-binding form\n  arguments...:\n   1", true],
    ["(let () (define-values (x y z) (two)) x)", "result arity mismatch;\n expected number of values not received\n  expected: 3\n  received: 2\n  in: local-binding form\n  arguments...:\n   1\n   2", true],
  ] as const)("%s", (code, message, arity) => {
    const err = failure(code);
    expect(err.message).toBe(message);
    expect(err.is("exn:fail:contract:arity")).toBe(arity);
  });
});

describe("several values where several are taken", () => {
  it.each([
    ["(call-with-values (lambda () (quotient/remainder 7 2)) list)", "(3 1)"],
    ["(let-values ([(q r) (quotient/remainder 7 2)]) (list q r))", "(3 1)"],
    ["(call-with-values (lambda () (vector->values (vector 1 2 3))) list)", "(1 2 3)"],
    ["(begin (two) 'fine)", "fine"],
    ["(call-with-values (lambda () (begin0 (two) 3)) list)", "(1 2)"],
    ["(list (vector->values (vector 1)))", "(1)"],
  ] as const)("%s", (code, value) => {
    expect(runScheme(`${PRELUDE}\n${code}`).result).toBe(value);
  });
});

describe("at a module's top level (each program run alone, the message read from Racket's error output)", () => {
  it.each([
    ["(define-values (a b) (values 1 2 3))", "define-values: result arity mismatch;\n expected number of values not received\n  expected: 2\n  received: 3\n  in: definition of a ...\n  arguments...:\n   1\n   2\n   3"],
    ["(define-values () (values 1 2))", "define-values: result arity mismatch;\n expected number of values not received\n  expected: 0\n  received: 2\n  arguments...:\n   1\n   2"],
    ["(define-values (alpha beta gamma) (values 1 2))", "define-values: result arity mismatch;\n expected number of values not received\n  expected: 3\n  received: 2\n  in: definition of alpha ...\n  arguments...:\n   1\n   2"],
    ["(define x (values))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 0"],
    ["(define x 0) (set! x (values 1 2))", "result arity mismatch;\n expected number of values not received\n  expected: 1\n  received: 2"],
  ] as const)("%s", (code, message) => {
    const o = runScheme(code);
    expect(o.raw.status === "error" ? (o.raw.error as Exn).message : o.result).toBe(message);
  });
});
