// First-class continuations, dynamic-wind, exceptions, parameters and multiple values.
import { describe, expect, it } from "vitest";
import { ev, runScheme } from "../support/scheme.js";

describe("call/cc", () => {
  it("escapes from deep inside a computation", () => {
    expect(ev("(call/cc (lambda (k) (+ 1 (k 42))))")).toBe("42");
    expect(ev("(define (find-first pred l) (call/cc (lambda (return) (for-each (lambda (x) (when (pred x) (return x))) l) #f))) (find-first even? '(1 3 4 5))")).toBe("4");
    expect(ev("(let/ec k (+ 1 (k 'out)))")).toBe("out");
  });

  it("re-enters a continuation many times (a generator)", () => {
    // Inside one body: at top level each form is its own prompt (see below).
    const code = `
      (define (run)
        (define saved #f)
        (define count 0)
        (define result '())
        (set! result (cons (call/cc (lambda (k) (set! saved k) 0)) result))
        (set! count (+ count 1))
        (when (< count 5) (saved count))
        (reverse result))
      (run)`;
    expect(ev(code)).toBe("(0 1 2 3 4)");
  });

  it("re-enters a continuation captured inside map's callback", () => {
    const code = `
      (define (run)
        (define k2 #f)
        (define n 0)
        (define r (map (lambda (x) (call/cc (lambda (k) (when (= x 2) (set! k2 k)) x))) '(1 2 3)))
        (set! n (+ n 1))
        (if (< n 3) (k2 (* 10 n)) r))
      (run)`;
    expect(ev(code)).toBe("(1 20 3)");
  });

  it("implements a generator over a tree with two continuations", () => {
    const code = `
      (define (make-gen tree)
        (define return #f)
        (define (walk t)
          (cond [(null? t) (void)]
                [(pair? t) (walk (car t)) (walk (cdr t))]
                [else (call/cc (lambda (resume) (set! walk-k resume) (return t)))]))
        (define walk-k #f)
        (lambda ()
          (call/cc (lambda (r)
            (set! return r)
            (if walk-k (walk-k #f) (begin (walk tree) (return 'done)))))))
      (define g (make-gen '((1 2) (3 (4)) 5)))
      (let loop ([acc '()])
        (let ([v (g)])
          (if (eq? v 'done) (reverse acc) (loop (cons v acc)))))`;
    expect(ev(code)).toBe("(1 2 3 4 5)");
  });
});

describe("top-level forms are delimited like a Racket module body", () => {
  it("re-entering a continuation from a later form finishes the captured form, then continues after the re-entering one", () => {
    const o = runScheme(`
      (define k #f)
      (define x 0)
      (set! x (call/cc (lambda (c) (set! k c) 0)))
      (displayln x)
      (when (< x 3) (k (+ x 1)))
      (displayln (list "end" x))`);
    // Racket 8.7 prints exactly this.
    expect(o.output).toBe("0\n(end 1)\n");
  });
});

describe("dynamic-wind", () => {
  it("runs before/after in order on normal exit, escape and re-entry", () => {
    const o = runScheme(`
      (define k #f)
      (define n 0)
      (dynamic-wind
        (lambda () (display "[in]"))
        (lambda () (call/cc (lambda (c) (set! k c))) (display "body"))
        (lambda () (display "[out]")))
      (set! n (+ n 1))
      (when (< n 2) (k 'again))
      (call/cc (lambda (esc) (dynamic-wind (lambda () (display "<")) (lambda () (esc 1)) (lambda () (display ">")))))`);
    expect(o.output).toBe("[in]body[out][in]body[out]<>");
  });

  it("unwinds nested winders innermost first when an exception escapes", () => {
    const o = runScheme(`
      (with-handlers ([string? (lambda (e) (display e))])
        (dynamic-wind (lambda () (display "a")) 
          (lambda () (dynamic-wind (lambda () (display "b")) (lambda () (raise "!")) (lambda () (display "B"))))
          (lambda () (display "A"))))`);
    expect(o.output).toBe("abBA!");
  });
});

describe("exceptions", () => {
  it("with-handlers picks the first matching predicate and runs the handler after unwinding", () => {
    expect(ev("(with-handlers ([string? (lambda (e) 'str)] [symbol? (lambda (e) 'sym)]) (raise 'x))")).toBe("sym");
    expect(ev("(with-handlers ([exn:fail? exn-message]) (car 1))")).toBe(`"car: contract violation\\n  expected: pair?\\n  given: 1"`);
    expect(ev("(with-handlers ([exn:fail:contract:divide-by-zero? (lambda (e) 'div0)]) (/ 1 0))")).toBe("div0");
  });

  it("an unmatched exception propagates to an outer handler", () => {
    expect(ev("(with-handlers ([symbol? (lambda (e) 'outer)]) (with-handlers ([string? (lambda (e) 'inner)]) (raise 'x)))")).toBe("outer");
  });

  it("with-exception-handler with raise-continuable returns to the raise point", () => {
    expect(ev("(with-exception-handler (lambda (e) (* e 2)) (lambda () (+ 1 (raise-continuable 20))))")).toBe("41");
  });

  it("a handler returning from a non-continuable raise is an error", () => {
    expect(ev("(with-exception-handler (lambda (e) 0) (lambda () (raise 'oops)))")).toMatch(/^ERROR: exception handler returned from a non-continuable raise/);
  });

  it("guard (R7RS) with => and re-raise when no clause matches", () => {
    expect(ev("(guard (e [(symbol? e) (list 'sym e)] [(and (string? e) e) => (lambda (s) (list 'str s))]) (raise \"four\"))")).toBe(`(str "four")`);
    expect(ev("(with-handlers ([number? (lambda (e) (list 'outer e))]) (guard (e [(symbol? e) 'sym]) (raise 7)))")).toBe("(outer 7)");
  });

  it("error's three shapes and raise of non-exception values", () => {
    expect(ev("(with-handlers ([exn? exn-message]) (error 'my-proc \"bad value: ~a\" 42))")).toBe(`"my-proc: bad value: 42"`);
    expect(ev("(with-handlers ([exn? exn-message]) (error \"plain message\" 1 \"two\"))")).toBe(`"plain message 1 \\"two\\""`);
    expect(ev("(with-handlers ([exn? exn-message]) (error 'just-a-symbol))")).toBe(`"error: just-a-symbol"`);
    expect(ev("(raise 'oops)")).toBe("UNCAUGHT: oops");
  });

  it("errors raised inside handlers go to the outer handler", () => {
    expect(ev("(with-handlers ([(lambda (e) (eq? e 'second)) (lambda (e) 'caught-second)]) (with-handlers ([(lambda (e) #t) (lambda (e) (raise 'second))]) (raise 'first)))")).toBe("caught-second");
  });
});

describe("parameters", () => {
  it("parameterize rebinds for the dynamic extent only, and guards convert values", () => {
    expect(ev("(define p (make-parameter 1)) (define (get) (p)) (list (get) (parameterize ([p 2]) (get)) (get))")).toBe("(1 2 1)");
    expect(ev("(define p (make-parameter 1 (lambda (x) (* x 10)))) (parameterize ([p 2]) (p))")).toBe("20");
    expect(ev("(define p (make-parameter 1)) (p 5) (p)")).toBe("5");
  });

  it("an escape out of parameterize restores the outer value", () => {
    expect(ev("(define p (make-parameter 'outer)) (let/ec k (parameterize ([p 'inner]) (k 0))) (p)")).toBe("outer");
  });
});

describe("multiple values", () => {
  it("values, call-with-values, let-values and arity errors", () => {
    expect(ev("(call-with-values (lambda () (values 1 2 3)) list)")).toBe("(1 2 3)");
    expect(ev("(call-with-values (lambda () 5) list)")).toBe("(5)");
    expect(ev("(let-values ([(a b) (values 1 2 3)]) a)")).toMatch(/^ERROR: result arity mismatch/);
  });
});
