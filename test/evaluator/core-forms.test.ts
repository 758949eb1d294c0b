// The core and derived forms of the dialect, with results checked against Racket 8.7.
import { describe, expect, it } from "vitest";
import { ev, runScheme } from "../support/scheme.js";

describe("definitions and procedures", () => {
  it("defines variables and procedures, with rest arguments and curried heads", () => {
    expect(ev("(define x 5) (define (f a . rest) (list a rest)) (list x (f 1) (f 1 2 3))")).toBe("(5 (1 ()) (1 (2 3)))");
    expect(ev("(define ((adder n) m) (+ n m)) ((adder 3) 4)")).toBe("7");
    expect(ev("(define (f . args) args) (f)")).toBe("()");
  });

  it("supports optional and keyword parameters with defaults that see earlier parameters", () => {
    expect(ev("(define (f x [y (* x 2)]) (list x y)) (list (f 1) (f 1 5))")).toBe("((1 2) (1 5))");
    expect(ev("(define (f #:k [k 1] x . rest) (list x k rest)) (list (f 0) (f 0 #:k 9) (f #:k 2 0 1 2))")).toBe("((0 1 ()) (0 9 ()) (0 2 (1 2)))");
    expect(ev("(define (f #:a a #:b [b (+ a 1)]) (list a b)) (f #:a 1)")).toBe("(1 2)");
    expect(ev("((lambda (#:x x) x) #:x 'kw)")).toBe("kw");
  });

  it("reports keyword errors as Racket does", () => {
    expect(ev("(define (f #:k k) k) (f)")).toBe(
      "ERROR: application: required keyword argument not supplied\n  procedure: f\n  required keyword: #:k",
    );
    expect(ev("(define (f #:k k) k) (f #:k 1 #:z 2)")).toBe(
      "ERROR: application: procedure does not expect an argument with given keyword\n  procedure: f\n  given keyword: #:z\n  arguments...:\n   #:k 1\n   #:z 2",
    );
    expect(ev("(define (f x [y 1]) x) (f)")).toBe(
      "ERROR: f: arity mismatch;\n the expected number of arguments does not match the given number\n  given: 0",
    );
  });

  it("has letrec* semantics for internal definitions, and refers forward within a body", () => {
    expect(ev("(define (f) (define a 1) (define (g) (* a b)) (define b 2) (g)) (f)")).toBe("2");
    expect(ev("(define (f) (define a b) (define b 2) a) (f)")).toBe("ERROR: b: undefined;\n cannot use before initialization");
    expect(ev("(letrec ([even? (lambda (n) (if (= n 0) #t (odd? (- n 1))))] [odd? (lambda (n) (if (= n 0) #f (even? (- n 1))))]) (even? 100))")).toBe("#t");
  });

  it("lets top-level forms refer to definitions that come later, and redefinition replaces", () => {
    expect(ev("(define (f) (g)) (define (g) 'g) (f)")).toBe("g");
    expect(ev("(define x 1) (define (get) x) (define x 2) (get)")).toBe("2");
  });

  it("names procedures after their definitions", () => {
    expect(ev("(define (f) 1) f")).toBe("#<procedure:f>");
    expect(ev("(define g (lambda (x) x)) g")).toBe("#<procedure:g>");
    expect(ev("(let ([h (lambda () 1)]) h)")).toBe("#<procedure:h>");
    expect(ev("car")).toBe("#<procedure:car>");
  });

  it("supports case-lambda", () => {
    expect(ev("(define f (case-lambda [() 0] [(x) 1] [(x y . z) (length z)])) (list (f) (f 1) (f 1 2 3 4))")).toBe("(0 1 2)");
  });
});

describe("binding forms", () => {
  it("let, let*, letrec, named let, let-values, let*-values, define-values", () => {
    expect(ev("(let ([x 1] [y 2]) (let ([x y] [y x]) (list x y)))")).toBe("(2 1)");
    expect(ev("(let* ([x 1] [y (+ x 1)]) (list x y))")).toBe("(1 2)");
    expect(ev("(let loop ([i 0] [acc '()]) (if (= i 3) (reverse acc) (loop (+ i 1) (cons i acc))))")).toBe("(0 1 2)");
    expect(ev("(let-values ([(a b) (values 1 2)] [(c . d) (values 3 4 5)]) (list a b c d))")).toBe("(1 2 3 (4 5))");
    expect(ev("(let*-values ([(a) (values 1)] [(b) (values (+ a 1))]) b)")).toBe("2");
    expect(ev("(define-values (q r) (values 7 8)) (+ q r)")).toBe("15");
    expect(ev("(define (f) (define-values (a b) (values 1 2)) (list b a)) (f)")).toBe("(2 1)");
  });

  it("rejects duplicate bindings and malformed forms with the form's name", () => {
    expect(ev("(let ([x 1] [x 2]) x)")).toMatch(/^ERROR: let: duplicate identifier/);
    expect(ev("(lambda (x x) x)")).toMatch(/^ERROR: lambda: duplicate argument name/);
    expect(ev("(if 1 2)")).toMatch(/^ERROR: if: missing an "else" expression/);
    expect(ev("(let ([x]) x)")).toMatch(/^ERROR: let: bad syntax/);
  });
});

describe("conditionals and sequencing", () => {
  it("cond with else, =>, and test-only clauses", () => {
    expect(ev("(cond [#f 1] [(assv 2 '((1 . a) (2 . b))) => cdr] [else 'no])")).toBe("b");
    expect(ev("(cond [#f 1] [(+ 1 2)])")).toBe("3");
    expect(ev("(void? (cond [#f 1]))")).toBe("#t");
  });

  it("case compares with equal?, when/unless, and/or return the right values", () => {
    expect(ev("(case (list 1 2) [((1 2)) 'list] [else 'other])")).toBe("list");
    expect(ev("(case 'x [(a b) 1] [(x y) 2] [else 3])")).toBe("2");
    expect(ev("(list (when #t 1 2) (unless #f 3) (and 1 2) (and) (or #f 3) (or))")).toBe("(2 3 2 #t 3 #f)");
    expect(ev("(when #t (define z 5) (* z 2))")).toBe("10");
  });

  it("do loops, begin0, quasiquote with nesting, splicing, vectors and dotted tails", () => {
    expect(ev("(do ([i 0 (+ i 1)] [acc '() (cons i acc)]) ((= i 3) acc))")).toBe("(2 1 0)");
    expect(ev("(begin0 1 2 3)")).toBe("1");
    expect(ev("(let ([x 5] [l '(a b)]) `(x ,x ,@l #(1 ,x) (1 . ,x) `(nested ,(y ,x))))")).toBe(
      "(x 5 a b #(1 5) (1 . 5) (quasiquote (nested (unquote (y 5)))))",
    );
  });

  it("delay and force memoise; make-promise wraps", () => {
    expect(ev("(define n 0) (define p (delay (begin (set! n (+ n 1)) n))) (list (force p) (force p) n)")).toBe("(1 1 1)");
    expect(ev("(force (delay-force (delay 7)))")).toBe("7");
    expect(ev("(force 5)")).toBe("5");
  });
});

describe("assignment", () => {
  it("set! on locals and globals, captured by closures", () => {
    expect(ev("(define (counter) (let ([n 0]) (lambda () (set! n (+ n 1)) n))) (define c (counter)) (c) (c) (c)")).toBe("3");
    expect(ev("(define x 1) (set! x 2) x")).toBe("2");
  });

  it("refuses set! on library bindings and on undefined variables", () => {
    expect(ev("(set! car cdr)")).toMatch(/^ERROR: set!: cannot mutate module-required identifier/);
    expect(ev("(set! nowhere 1)")).toMatch(/^ERROR: nowhere: unbound identifier/);
  });

  it("lets a program shadow a library name with define", () => {
    expect(ev("(define (car x) 'mine) (car '(1 2))")).toBe("mine");
  });
});

describe("output", () => {
  it("display, write, print, newline go to the current output port", () => {
    const o = runScheme(`(display "a") (write "b") (newline) (print 'c) (displayln '(1 "x")) (writeln #\\a)`);
    expect(o.output).toBe(`a"b"\n'c(1 x)\n#\\a\n`);
  });

  it("with-output-to-string captures, including output of nested procedures", () => {
    expect(ev(`(with-output-to-string (lambda () (display 1) (for-each display '(2 3))))`)).toBe(`"123"`);
  });
});

describe("submodules (as `racket FILE` runs them)", () => {
  it("module+ main runs after the whole program; module+ test does not run", () => {
    const o = runScheme(`
      (define (main) (displayln "main ran"))
      (displayln "body")
      (module+ test (displayln "test ran"))
      (module+ main (main) (displayln "in main"))
      (displayln "after")
      'last-value`);
    // Racket 8.7 prints exactly these lines.
    expect(o.output).toBe("body\nafter\nmain ran\nin main\n");
    expect(o.result).toBe("last-value");
  });
});
