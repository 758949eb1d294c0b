// Macros: syntax-rules and hygiene by sets of scopes.
import { describe, expect, it } from "vitest";
import { ev } from "../support/scheme.js";

describe("hygiene", () => {
  it("a macro's own identifiers are not captured by user bindings", () => {
    const myOr = "(define-syntax my-or (syntax-rules () [(_) #f] [(_ e) e] [(_ e r ...) (let ([t e]) (if t t (my-or r ...)))]))";
    expect(ev(`${myOr} (let ([if list]) (my-or #f 1))`)).toBe("1");
    expect(ev(`${myOr} (let ([t 5]) (my-or #f t))`)).toBe("5");
  });

  it("user identifiers are not captured by the macro's temporaries (swap! on tmp)", () => {
    const swap = "(define-syntax-rule (swap! a b) (let ([tmp a]) (set! a b) (set! b tmp)))";
    expect(ev(`${swap} (define tmp 1) (define other 2) (swap! tmp other) (list tmp other)`)).toBe("(2 1)");
    expect(ev(`${swap} (let ([tmp 1] [x 2]) (swap! x tmp) (list tmp x))`)).toBe("(2 1)");
  });

  it("a local binding of a core form's name shadows it only for the user's code", () => {
    expect(ev("(define-syntax-rule (unless2 c body) (if c #f body)) (let ([if (lambda (a b c) 'user-if)]) (list (if 1 2 3) (unless2 #f 'ok)))")).toBe("(user-if ok)");
  });

  it("a macro refers to the binding visible at its definition, not at its use", () => {
    expect(ev("(define x 'outer) (define-syntax-rule (get-x) x) (let ([x 'inner]) (get-x))")).toBe("outer");
  });

  it("definitions introduced by a macro are hidden from the user unless the name came from the use", () => {
    expect(ev("(define-syntax-rule (def-foo) (define foo 1)) (def-foo) foo")).toMatch(/^ERROR: foo: unbound identifier/);
    expect(ev("(define-syntax-rule (def name v) (define name v)) (def bar 42) bar")).toBe("42");
  });

  it("macros that define macros, recursive macros, let-syntax and letrec-syntax", () => {
    expect(ev("(define-syntax-rule (def-const name v) (define-syntax-rule (name) v)) (def-const seven 7) (seven)")).toBe("7");
    expect(ev("(define-syntax my-list (syntax-rules () [(_) '()] [(_ x r ...) (cons x (my-list r ...))])) (my-list 1 2 3)")).toBe("(1 2 3)");
    expect(ev("(let-syntax ([foo (syntax-rules () [(_ x) (* x 2)])]) (foo 21))")).toBe("42");
    expect(ev("(letrec-syntax ([ev? (syntax-rules () [(_) #t] [(_ x . r) (od? . r)])] [od? (syntax-rules () [(_) #f] [(_ x . r) (ev? . r)])]) (list (ev? 1 2) (od? 1 2 3)))")).toBe("(#t #t)");
  });

  it("nested ellipses, literals, vectors and dotted patterns", () => {
    expect(ev("(define-syntax my-let* (syntax-rules () [(_ () b ...) (let () b ...)] [(_ ([x v] r ...) b ...) (let ([x v]) (my-let* (r ...) b ...))])) (my-let* ([a 1] [b (+ a 1)]) (list a b))")).toBe("(1 2)");
    expect(ev("(define-syntax flat (syntax-rules () [(_ (a ...) ...) '(a ... ...)])) (flat (1 2) (3) ())")).toBe("(1 2 3)");
    expect(ev("(define-syntax kw (syntax-rules (=>) [(_ a => b) (list 'arrow a b)] [(_ a b c) 'plain])) (list (kw 1 => 2) (kw 1 2 3))")).toBe("((arrow 1 2) plain)");
    expect(ev("(define-syntax v (syntax-rules () [(_ #(a ...)) (+ a ...)])) (v #(1 2 3))")).toBe("6");
    expect(ev("(define-syntax d (syntax-rules () [(_ a . rest) 'rest])) (d 1 2 3)")).toBe("(2 3)");
  });

  it("a use that matches no rule is a syntax error naming the macro", () => {
    expect(ev("(define-syntax-rule (one x) x) (one)")).toMatch(/^ERROR: one: bad syntax/);
  });

  it("a user macro named like a library procedure shadows it", () => {
    expect(ev("(define-syntax-rule (list x ...) (cons 'mine '(x ...))) (list 1 2)")).toBe("(mine 1 2)");
  });
});
