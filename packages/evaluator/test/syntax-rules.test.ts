// syntax-rules transformers, tested directly (no expander): forms and uses are read with
// readSyntaxAll, the environment compares identifiers by name, and outputs are compared as
// written data.
//
// ORACLE rows were recorded from Racket 8.7 by applying the same `syntax-rules` transformer at
// phase 1 to the same use: `(syntax->datum ((syntax-rules ...) (quote-syntax USE)))`, written
// with `write`. Racket reports compile-time template errors as `syntax/loc: ...` (syntax-rules
// expands into syntax/loc) with `in: (syntax/loc x TEMPLATE)`; we say `syntax-rules: ...` with
// `in: TEMPLATE`, otherwise word for word. Custom ellipses and `...` among the literals follow
// R7RS, which Racket's racket/base does not implement; those expectations are hand-derived.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NIL, Pair, Sym, Syntax, list, readSyntaxAll, sym, syntaxToDatum, write } from "@rlms/reader";
import { Exn } from "../src/errors/exn.js";
import { compileSyntaxRules, type SyntaxRulesEnv, type Transformer } from "../src/expand/syntax-rules.js";

const nameOf = (s: Syntax): string => (s.e instanceof Sym ? s.e.name : "");

/** free-identifier=? by name: enough without an expander (nothing is bound here). */
const env: SyntaxRulesEnv = {
  sameBinding: (a, b) => nameOf(a) === nameOf(b),
  isEllipsis: (id) => nameOf(id) === "...",
  isUnderscore: (id) => nameOf(id) === "_",
};

function read1(text: string): Syntax {
  const [s] = readSyntaxAll(text, "test");
  if (!(s instanceof Syntax)) throw new Error(`nothing read from ${text}`);
  return s;
}

function macro(form: string, name = "m"): Transformer {
  return compileSyntaxRules(read1(form), env, name);
}

const show = (x: unknown): string => write(syntaxToDatum(x));

/** The name Racket puts in `bad syntax`: the use's head identifier (or the use, if an identifier). */
function useName(use: Syntax): string {
  if (use.e instanceof Sym) return use.e.name;
  const head = use.e instanceof Pair ? use.e.car : undefined;
  return head instanceof Syntax ? nameOf(head) : "?";
}

function expand(form: string, use: string): string {
  const u = read1(use);
  return show(macro(form, useName(u))(u));
}

function exnOf(f: () => unknown): Exn {
  try {
    f();
  } catch (e) {
    if (e instanceof Exn) return e;
    throw e;
  }
  throw new Error("expected an Exn");
}

/** The result, or `ERR: message` (the shape the oracle recorded). */
function outcome(form: string, use: string): string {
  try {
    return expand(form, use);
  } catch (e) {
    if (e instanceof Exn) return `ERR: ${e.message}`;
    throw e;
  }
}

// [label, syntax-rules form, use, Racket 8.7's result]
const ORACLE: ReadonlyArray<readonly [string, string, string, string]> = [
  ["swap", "(syntax-rules () [(_ a b) (let ([tmp a]) (set! a b) (set! b tmp))])", "(swap x y)", "(let ((tmp x)) (set! x y) (set! y tmp))"],
  ["my-or0", "(syntax-rules () [(_) #f] [(_ e) e] [(_ e r ...) (let ([t e]) (if t t (my-or r ...)))])", "(my-or)", "#f"],
  ["my-or1", "(syntax-rules () [(_) #f] [(_ e) e] [(_ e r ...) (let ([t e]) (if t t (my-or r ...)))])", "(my-or a)", "a"],
  ["my-or3", "(syntax-rules () [(_) #f] [(_ e) e] [(_ e r ...) (let ([t e]) (if t t (my-or r ...)))])", "(my-or a b c)", "(let ((t a)) (if t t (my-or b c)))"],
  ["while", "(syntax-rules () [(_ c body ...) (let lp () (when c body ... (lp)))])", "(while (< i 10) (display i) (set! i (+ i 1)))", "(let lp () (when (< i 10) (display i) (set! i (+ i 1)) (lp)))"],
  ["nest2", "(syntax-rules () [(_ (a b ...) ...) '((b ... a) ...)])", "(m (1 2 3) (4) (5 6))", "(quote ((2 3 1) (4) (6 5)))"],
  ["nest2flat", "(syntax-rules () [(_ (a b ...) ...) '(b ... ...)])", "(m (1 2 3) (4) (5 6))", "(quote (2 3 6))"],
  ["nest3", "(syntax-rules () [(_ ((x ...) ...) ...) '(((x ...) ...) ...)])", "(m ((1 2) (3)) () ((4)))", "(quote (((1 2) (3)) () ((4))))"],
  ["nest3flat", "(syntax-rules () [(_ ((x ...) ...) ...) '(x ... ... ...)])", "(m ((1 2) (3)) () ((4)))", "(quote (1 2 3 4))"],
  ["nest3mid", "(syntax-rules () [(_ ((x ...) ...) ...) '((x ... ...) ...)])", "(m ((1 2) (3)) () ((4)))", "(quote ((1 2 3) () (4)))"],
  ["nest3rev", "(syntax-rules () [(_ ((x ...) ...) ...) '((x ... ... z) ...)])", "(m ((1 2) (3)) ((4)))", "(quote ((1 2 3 z) (4 z)))"],
  ["lowdepth", "(syntax-rules () [(_ (x ...) (y ...)) '((x y ...) ...)])", "(m (1 2) (a b))", "(quote ((1 a b) (2 a b)))"],
  ["peroccur", "(syntax-rules () [(_ (y ...)) '((y (y ...)) ...)])", "(m (a b))", "(quote ((a (a b)) (b (a b))))"],
  ["const-in-ell", "(syntax-rules () [(_ (x ...) y) '((x y) ...)])", "(m (1 2) 3)", "(quote ((1 3) (2 3)))"],
  ["after", "(syntax-rules () [(_ a ... b c) '(b c a ...)])", "(m 1 2 3 4 5)", "(quote (4 5 1 2 3))"],
  ["after-min", "(syntax-rules () [(_ a ... b c) '(b c a ...)])", "(m 4 5)", "(quote (4 5))"],
  ["after-fail", "(syntax-rules () [(_ a ... b c) '(b c a ...)])", "(m 4)", "ERR: m: bad syntax\n  in: (m 4)"],
  ["dotted-rest", "(syntax-rules () [(_ a ... . r) '((a ...) r)])", "(m 1 2 . 3)", "(quote ((1 2) 3))"],
  ["dotted-rest-nil", "(syntax-rules () [(_ a ... . r) '((a ...) r)])", "(m 1 2)", "(quote ((1 2) ()))"],
  ["dotted-rest-tmpl", "(syntax-rules () [(_ a ... . r) '(a ... . r)])", "(m 1 2 . 3)", "(quote (1 2 . 3))"],
  ["dotted-empty-tmpl", "(syntax-rules () [(_ a ... . r) '(z a ... . r)])", "(m . 3)", "(quote (z . 3))"],
  ["improper", "(syntax-rules () [(_ a . b) '(b a)])", "(m 1 2 3)", "(quote ((2 3) 1))"],
  ["improper2", "(syntax-rules () [(_ a . b) '(b a)])", "(m 1)", "(quote (() 1))"],
  ["improper3", "(syntax-rules () [(_ (a . b) ...) '((a ...) (b ...))])", "(m (1 . 2) (3 4))", "(quote ((1 3) (2 (4))))"],
  ["proper-vs-improper", "(syntax-rules () [(_ a ... b) '(b)])", "(m 1 2 . 3)", "ERR: m: bad syntax\n  in: (m 1 2 . 3)"],
  ["vec", "(syntax-rules () [(_ #(a ...)) '(a ...)])", "(m #(1 2 3))", "(quote (1 2 3))"],
  ["vec-post", "(syntax-rules () [(_ #(a ... b)) '(b a ...)])", "(m #(1 2 3))", "(quote (3 1 2))"],
  ["vec-tmpl", "(syntax-rules () [(_ a ...) '#(a ... z)])", "(m 1 2)", "(quote #(1 2 z))"],
  ["vec-nest", "(syntax-rules () [(_ #(a ...) ...) '((a ...) ...)])", "(m #(1 2) #())", "(quote ((1 2) ()))"],
  ["vec-fail", "(syntax-rules () [(_ #(a b)) 'ok])", "(m #(1 2 3))", "ERR: m: bad syntax\n  in: (m #(1 2 3))"],
  ["vec-vs-list", "(syntax-rules () [(_ #(a b)) 'ok])", "(m (1 2))", "ERR: m: bad syntax\n  in: (m (1 2))"],
  ["lit-else", "(syntax-rules (else) [(_ [else e]) 'else-clause] [(_ [c e]) 'test-clause])", "(m [else 1])", "(quote else-clause)"],
  ["lit-else2", "(syntax-rules (else) [(_ [else e]) 'else-clause] [(_ [c e]) 'test-clause])", "(m [x 1])", "(quote test-clause)"],
  ["lit-arrow", "(syntax-rules (=>) [(_ t => f) (f t)] [(_ t e) (if t e)])", "(m x => g)", "(g x)"],
  ["lit-arrow2", "(syntax-rules (=>) [(_ t => f) (f t)] [(_ t e) (if t e)])", "(m x y)", "(if x y)"],
  ["lit-fail", "(syntax-rules (=>) [(_ t => f) (f t)])", "(m x y z)", "ERR: m: bad syntax\n  in: (m x y z)"],
  ["under", "(syntax-rules () [(_ _ x _) 'x])", "(m 1 2 3)", "(quote 2)"],
  ["under-tmpl", "(syntax-rules () [(_ x) '(_ x)])", "(m 1)", "(quote (_ 1))"],
  ["under-lit", "(syntax-rules (_) [(_ _) 'y])", "(m _)", "(quote y)"],
  ["under-lit2", "(syntax-rules (_) [(_ _) 'y])", "(m 1)", "ERR: m: bad syntax\n  in: (m 1)"],
  ["keyword-any", "(syntax-rules () [(foo x) '(foo x)])", "(m 1)", "(quote (foo 1))"],
  ["keyword-ell", "(syntax-rules () [(_ ... x) '(x)])", "(m)", "(quote (m))"],
  ["datum", "(syntax-rules () [(_ 1 \"a\" #t #\\c) 'yes] [(_ . r) 'no])", "(m 1 \"a\" #t #\\c)", "(quote yes)"],
  ["datum2", "(syntax-rules () [(_ 1 \"a\" #t #\\c) 'yes] [(_ . r) 'no])", "(m 1 \"b\" #t #\\c)", "(quote no)"],
  ["datum-flo", "(syntax-rules () [(_ 1.0) 'yes] [(_ . r) 'no])", "(m 1)", "(quote no)"],
  ["empty", "(syntax-rules () [(_ ()) 'y] [(_ x) 'n])", "(m ())", "(quote y)"],
  ["empty2", "(syntax-rules () [(_ ()) 'y] [(_ x) 'n])", "(m (1))", "(quote n)"],
  ["escape", "(syntax-rules () [(_ x) '(... ...)])", "(m 1)", "(quote ...)"],
  ["escape2", "(syntax-rules () [(_ x ...) '(x ... (... ...))])", "(m 1 2)", "(quote (1 2 ...))"],
  ["escape3", "(syntax-rules () [(_ x) '(... (x ...))])", "(m 1)", "(quote (1 ...))"],
  ["escape4", "(syntax-rules () [(_ x ...) '(... (... ...))])", "(m 1 2)", "(quote (... ...))"],
  ["escape5", "(syntax-rules () [(_ x ...) '((... ...) x ...)])", "(m 1 2)", "(quote (... 1 2))"],
  ["escape-gen", "(syntax-rules () [(_ name) (define-syntax name (syntax-rules () [(_ a (... ...)) (list a (... ...))]))])", "(m foo)", "(define-syntax foo (syntax-rules () ((_ a ...) (list a ...))))"],
  ["count-mismatch", "(syntax-rules () [(_ (x ...) (y ...)) '((x y) ...)])", "(m (1 2) (3))", "ERR: syntax: incompatible ellipsis match counts for template\n  at: ...\n  in: ((x y) ...)"],
  ["no-match", "(syntax-rules () [(_ x) x])", "(m)", "ERR: m: bad syntax\n  in: (m)"],
  ["no-match-id", "(syntax-rules () [(_ . x) 'x])", "m", "ERR: m: bad syntax\n  in: m"],
  ["tail-list", "(syntax-rules () [(_ a ...) '(a ... . (a ...))])", "(m 1 2)", "(quote (1 2 1 2))"],
  ["tail-var-multi", "(syntax-rules () [(_ (a ...) ...) '((a ... ...) . 1)])", "(m (1) (2))", "(quote ((1 2) . 1))"],
  ["dotted-vec-tail", "(syntax-rules () [(_ . #(x)) 'x])", "(m . #(1))", "(quote 1)"],
  ["let-star", "(syntax-rules () [(_ () body ...) (let () body ...)] [(_ ([x v] rest ...) body ...) (let ([x v]) (let* (rest ...) body ...))])", "(let* ([a 1] [b a]) (+ a b))", "(let ((a 1)) (let* ((b a)) (+ a b)))"],
  ["cond-like", "(syntax-rules (else =>) [(_ [else e ...]) (begin e ...)] [(_ [t => f] c ...) (let ([v t]) (if v (f v) (m c ...)))] [(_ [t e ...] c ...) (if t (begin e ...) (m c ...))])", "(m [a => f] [b 1 2] [else 3])", "(let ((v a)) (if v (f v) (m (b 1 2) (else 3))))"],
];

describe("syntax-rules against Racket 8.7", () => {
  for (const [label, form, use, expected] of ORACLE) {
    it(`${label}: ${use}`, () => {
      expect(outcome(form, use)).toBe(expected);
    });
  }
});

describe("R7RS custom ellipsis", () => {
  it("uses the named identifier as the ellipsis; `...` is then ordinary", () => {
    expect(expand("(syntax-rules ::: () [(_ x :::) '(x ::: ...)])", "(m 1 2)")).toBe("(quote (1 2 ...))");
    expect(expand("(syntax-rules ::: () [(_ (a b :::) :::) '((b ::: a) :::)])", "(m (1 2 3) (4))")).toBe(
      "(quote ((2 3 1) (4)))",
    );
  });

  it("`...` in a pattern is a pattern variable under a custom ellipsis", () => {
    expect(expand("(syntax-rules ::: () [(_ ... x :::) '(... x :::)])", "(m 0 1 2)")).toBe("(quote (0 1 2))");
  });

  it("escapes with (::: :::)", () => {
    expect(expand("(syntax-rules ::: () [(_ x :::) '(x ::: (::: :::))])", "(m 1 2)")).toBe("(quote (1 2 :::))");
  });

  it("generates a macro that uses the default ellipsis without escaping it", () => {
    expect(
      expand("(syntax-rules ::: () [(_ name k :::) (define-syntax name (syntax-rules () [(_ a ...) '(k ::: a ...)]))])", "(m f 1 2)"),
    ).toBe("(define-syntax f (syntax-rules () ((_ a ...) (quote (1 2 a ...)))))");
  });

  it("checks depths against the custom ellipsis", () => {
    expect(exnOf(() => macro("(syntax-rules ::: () [(_ x :::) x])")).message).toBe(
      "syntax-rules: missing ellipsis with pattern variable in template\n  at: x\n  in: x",
    );
  });

  it("a custom ellipsis listed among the literals is disabled", () => {
    expect(outcome("(syntax-rules ::: (:::) [(_ x :::) 'x])", "(m 1 :::)")).toBe("(quote 1)");
    expect(outcome("(syntax-rules ::: (:::) [(_ x :::) 'x])", "(m 1 2)")).toBe("ERR: m: bad syntax\n  in: (m 1 2)");
  });
});

describe("`...` among the literals (R7RS: matched as a literal, not an ellipsis)", () => {
  it("matches `...` literally and treats it as plain in the template", () => {
    expect(outcome("(syntax-rules (...) [(_ x ...) '(x ...)])", "(m 1 ...)")).toBe("(quote (1 ...))");
    expect(outcome("(syntax-rules (...) [(_ x ...) '(x ...)])", "(m 1 2)")).toBe("ERR: m: bad syntax\n  in: (m 1 2)");
  });
});

// [form, message]. Racket's wording; see the header for the who/in difference in template errors.
const COMPILE_ERRORS: ReadonlyArray<readonly [string, string]> = [
  ["(syntax-rules () [(_ x ...) (x)])", "syntax-rules: missing ellipsis with pattern variable in template\n  at: x\n  in: (x)"],
  ["(syntax-rules () [(_ a ...) (a ... a)])", "syntax-rules: missing ellipsis with pattern variable in template\n  at: a\n  in: (a ... a)"],
  ["(syntax-rules () [(_ a ...) #(a)])", "syntax-rules: missing ellipsis with pattern variable in template\n  at: a\n  in: #(a)"],
  ["(syntax-rules () [(_ x ...) (... (... x ...))])", "syntax-rules: missing ellipsis with pattern variable in template\n  at: x\n  in: (... (... x ...))"],
  ["(syntax-rules () [(_ (x ...) ...) (x ...)])", "syntax-rules: too few ellipses for pattern variable in template\n  at: x\n  in: (x ...)"],
  ["(syntax-rules () [(_ x) (x ...)])", "syntax-rules: too many ellipses in template\n  at: ...\n  in: (x ...)"],
  ["(syntax-rules () [(_ x ...) (x ... ...)])", "syntax-rules: too many ellipses in template\n  at: ...\n  in: (x ... ...)"],
  ["(syntax-rules () [(_ (x ...) ...) '(x ... ... ...)])", "syntax-rules: too many ellipses in template\n  at: ...\n  in: (quote (x ... ... ...))"],
  ["(syntax-rules () [(_ (y ...)) ((y ...) ...)])", "syntax-rules: too many ellipses in template\n  at: ...\n  in: ((y ...) ...)"],
  ["(syntax-rules () [(_ a) (a ... . b)])", "syntax-rules: too many ellipses in template\n  at: ...\n  in: (a ... . b)"],
  ["(syntax-rules () [(_ x ...) (1 ...)])", "syntax-rules: no pattern variables before ellipsis in template\n  at: 1\n  in: (1 ...)"],
  ["(syntax-rules () [(_ x ...) (_ ...)])", "syntax-rules: no pattern variables before ellipsis in template\n  at: _\n  in: (_ ...)"],
  ["(syntax-rules () [(_ a ...) (z ... a ...)])", "syntax-rules: no pattern variables before ellipsis in template\n  at: z\n  in: (z ... a ...)"],
  ["(syntax-rules () [(_ a) (b ... . a)])", "syntax-rules: no pattern variables before ellipsis in template\n  at: b\n  in: (b ... . a)"],
  ["(syntax-rules () [(_ x ...) (x ... (... ...) ...)])", "syntax-rules: no pattern variables before ellipsis in template\n  at: (... ...)\n  in: (x ... (... ...) ...)"],
  ["(syntax-rules () [(_ x) ...])", "syntax-rules: illegal use\n  at: ...\n  in: ..."],
  ["(syntax-rules () [(_ x) (x . ...)])", "syntax-rules: illegal use\n  at: ...\n  in: (x . ...)"],
  ["(syntax-rules () [(_ x) '(... x y)])", "syntax-rules: illegal use\n  at: ...\n  in: (quote (... x y))"],
  ["(syntax-rules () [(_ x) '(...)])", "syntax-rules: illegal use\n  at: ...\n  in: (quote (...))"],
  ["(syntax-rules () [(_ x ... y ...) 1])", "syntax-rules: misplaced ellipsis in pattern (follows other ellipsis)\n  at: ...\n  in: (_ x ... y ...)"],
  ["(syntax-rules () [(_ (a ... ...)) 1])", "syntax-rules: misplaced ellipsis in pattern (follows other ellipsis)\n  at: ...\n  in: (_ (a ... ...))"],
  ["(syntax-rules () [(_ #(x ... y ...)) 1])", "syntax-rules: misplaced ellipsis in pattern (follows other ellipsis)\n  at: ...\n  in: (_ #(x ... y ...))"],
  ["(syntax-rules () [(_ x . ...) 1])", "syntax-rules: misplaced ellipsis in pattern\n  at: ...\n  in: (_ x . ...)"],
  ["(syntax-rules () [(_ (... x y)) 1])", "syntax-rules: misplaced ellipsis in pattern\n  at: ...\n  in: (_ (... x y))"],
  ["(syntax-rules () [(_ x x) 1])", "syntax-rules: variable used twice in pattern\n  at: x\n  in: (_ x x)"],
  ["(syntax-rules () [((a) b) 'a])", "syntax-rules: pattern must start with an identifier, found something else\n  at: (a)\n  in: (syntax-rules () (((a) b) (quote a)))"],
  ["(syntax-rules () [(_ x) 1 2])", "syntax-rules: bad syntax\n  in: (syntax-rules () ((_ x) 1 2))"],
  ["(syntax-rules () [(_ x)])", "syntax-rules: bad syntax\n  in: (syntax-rules () ((_ x)))"],
  ["(syntax-rules)", "syntax-rules: bad syntax\n  in: (syntax-rules)"],
  ["(syntax-rules () x)", "syntax-rules: bad syntax\n  in: (syntax-rules () x)"],
  ["(syntax-rules () . x)", "syntax-rules: bad syntax\n  in: (syntax-rules () . x)"],
  ["(syntax-rules (1) [(_ x) 1])", "syntax-rules: bad syntax\n  in: (syntax-rules (1) ((_ x) 1))"],
  ["(syntax-rules (a . b) [(_ . x) 1])", "syntax-rules: bad syntax\n  in: (syntax-rules (a . b) ((_ . x) 1))"],
  ["(syntax-rules () [x 1])", "syntax-rules: bad syntax\n  in: (syntax-rules () (x 1))"],
  ["(syntax-rules () [() 1])", "syntax-rules: bad syntax\n  in: (syntax-rules () (() 1))"],
];

describe("malformed syntax-rules forms", () => {
  for (const [form, message] of COMPILE_ERRORS) {
    it(form, () => {
      const e = exnOf(() => macro(form));
      expect(e.kind).toBe("exn:fail:syntax");
      expect(e.message).toBe(message);
    });
  }

  it("accepts what Racket accepts", () => {
    for (const form of [
      "(syntax-rules ())",
      "(syntax-rules (x x) [(_ x) 1])",
      "(syntax-rules () [(_ ... x) 1])",
      "(syntax-rules () [(_ x ...) (... ...)])",
      "(syntax-rules () [(_ (... ...)) 1])",
    ]) {
      expect(() => macro(form)).not.toThrow();
    }
  });

  it("locates the offending piece", () => {
    const at = (form: string): string => {
      const loc = exnOf(() => macro(form)).srcloc;
      return loc === undefined ? "none" : `${loc.line}:${loc.column}`;
    };
    // The blamed identifier or ellipsis, not the whole form.
    expect(at("(syntax-rules ()\n  [(_ x ...)\n   (foo x)])")).toBe("3:9");
    expect(at("(syntax-rules () [(_ x x) 1])")).toBe("1:24");
    expect(at("(syntax-rules () [(_ y) (y ...)])")).toBe("1:28");
    // A malformed clause is blamed on the clause itself.
    expect(at("(syntax-rules ()\n  [(_ x) 1 2])")).toBe("2:3");
  });
});

describe("uses that match no rule", () => {
  it("raise `name: bad syntax` located at the use", () => {
    const t = macro("(syntax-rules () [(_ x) x])", "my-macro");
    const use = read1("\n\n   (my-macro 1 2)");
    const e = exnOf(() => t(use));
    expect(e.kind).toBe("exn:fail:syntax");
    expect(e.message).toBe("my-macro: bad syntax\n  in: (my-macro 1 2)");
    expect(e.srcloc).toBe(use.loc);
    expect(e.srcloc?.line).toBe(3);
  });

  it("an identifier use matches no pattern", () => {
    const e = exnOf(() => macro("(syntax-rules () [(_ . r) 'r])", "kw")(read1("kw")));
    expect(e.message).toBe("kw: bad syntax\n  in: kw");
  });

  it("incompatible ellipsis counts are found at expansion, blamed on the template's ellipsis", () => {
    const t = macro("(syntax-rules () [(_ (x ...) (y ...)) (list (cons x y) ...)])");
    expect(show(t(read1("(m (1 2) (3 4))")))).toBe("(list (cons 1 3) (cons 2 4))");
    const e = exnOf(() => t(read1("(m (1 2) (3))")));
    expect(e.message).toBe("syntax: incompatible ellipsis match counts for template\n  at: ...\n  in: ((cons x y) ...)");
    expect(e.srcloc?.column).toBe(56);
  });
});

describe("hygiene support: objects are copied, never rebuilt", () => {
  /** Every identifier-like Syntax object inside `x`, left to right. */
  function identifiers(x: unknown, out: Syntax[] = []): Syntax[] {
    if (x instanceof Syntax) {
      if (x.e instanceof Sym) out.push(x);
      else identifiers(x.e, out);
    } else if (x instanceof Pair) {
      identifiers(x.car, out);
      identifiers(x.cdr, out);
    } else if (Array.isArray(x)) {
      for (const y of x) identifiers(y, out);
    }
    return out;
  }

  it("template identifiers are the template's objects; matched ones are the use's", () => {
    const form = read1("(syntax-rules () [(_ a b) (let ([tmp a]) (set! a b) (set! b tmp))])");
    const template = identifiers(form).slice(-9); // let tmp a set! a b set! b tmp
    const use = read1("(swap x y)");
    const [, x, y] = identifiers(use);
    const out = identifiers(compileSyntaxRules(form, env, "swap")(use));
    expect(out.map(nameOf)).toEqual(["let", "tmp", "x", "set!", "x", "y", "set!", "y", "tmp"]);
    const expected = [template[0], template[1], x, template[3], x, y, template[6], y, template[8]];
    out.forEach((id, i) => expect(id).toBe(expected[i]));
  });

  it("keeps scopes: identifiers are not stripped or re-wrapped", () => {
    const form = read1("(syntax-rules () [(_ a) (f a)])");
    const t = compileSyntaxRules(form, env, "m");
    const arg = new Syntax(sym("v"), undefined, [3, 7]);
    const use = new Syntax(list([new Syntax(sym("m"), undefined, [3]), arg]), undefined, [3]);
    const out = t(use);
    const [f, a] = identifiers(out);
    expect(a).toBe(arg);
    expect(a?.scopes).toEqual([3, 7]);
    expect(f).toBe(identifiers(form).at(-2));
  });

  it("new list structure takes the template list's loc and scopes", () => {
    const scoped = (e: unknown, scopes: number[]) => new Syntax(e, undefined, scopes);
    const id = (n: string) => scoped(sym(n), [5]);
    // (syntax-rules () [(_ a ...) (g a ...)]) with scope 5 everywhere, the template list also has 9.
    const template = scoped(list([id("g"), id("a"), id("...")]), [5, 9]);
    const form = scoped(list([id("syntax-rules"), scoped(NIL, [5]), scoped(list([scoped(list([id("_"), id("a"), id("...")]), [5]), template]), [5])]), [5]);
    const out = compileSyntaxRules(form, env, "m")(read1("(m 1 2)"));
    expect(out.scopes).toEqual([5, 9]);
    expect(show(out)).toBe("(g 1 2)");
    const located = read1("(syntax-rules () [(_ a ...) (g a ...)])");
    const out2 = compileSyntaxRules(located, env, "m")(read1("(m 1)"));
    expect(out2.loc?.column).toBe(29);
  });

  it("a template without pattern variables is returned as the very object", () => {
    const form = read1("(syntax-rules () [(_ x) (quote (a b #(c)))])");
    const out = compileSyntaxRules(form, env, "m")(read1("(m 1)"));
    const templateObject = (((form.e as Pair).cdr as Pair).cdr as Pair).car as Syntax;
    expect(out).toBe(((templateObject.e as Pair).cdr as Pair).car);
  });

  it("pattern variables are found by scope inclusion; literals by bound-identifier=?", () => {
    // Pattern `x` has scopes {1}; the template's `x` has {1, 2} (as if introduced by another
    // macro step): it still refers to the pattern variable, as binding resolution would say.
    const s = (n: string, scopes: number[]) => new Syntax(sym(n), undefined, scopes);
    const pattern = new Syntax(list([s("_", [1]), s("x", [1])]), undefined, [1]);
    const template = new Syntax(list([s("f", [1]), s("x", [1, 2]), s("x", [4])]), undefined, [1]);
    const form = new Syntax(list([s("syntax-rules", [1]), NIL, list([pattern, template])]), undefined, [1]);
    const out = compileSyntaxRules(form, env, "m")(read1("(m 42)"));
    expect(show(out)).toBe("(f 42 x)");
  });
});

describe("input shapes", () => {
  const t = macro("(syntax-rules () [(_ (a b ...) . r) '(r b ... a)])");

  it("accepts bare pair chains and bare data elements", () => {
    const use = list([read1("m"), list([1, 2, 3]), 4]) as Pair;
    expect(show(t(new Syntax(use, undefined)))).toBe("(quote ((4) 2 3 1))");
  });

  it("looks through Syntax-wrapped cdrs anywhere along the spine", () => {
    const inner = new Pair(read1("1"), new Syntax(new Pair(read1("2"), new Syntax(NIL, undefined)), undefined));
    const use = new Syntax(new Pair(read1("m"), new Pair(new Syntax(inner, undefined), new Syntax(new Pair(5, NIL), undefined))), undefined);
    expect(show(t(use))).toBe("(quote ((5) 2 1))");
  });

  it("binds a rest variable to the use's own cdr", () => {
    const rest = new Pair(read1("x"), NIL);
    const use = new Syntax(new Pair(read1("m"), new Pair(read1("(1)"), rest)), undefined);
    const out = macro("(syntax-rules () [(_ a . r) (f . r)])")(use);
    expect(show(out)).toBe("(f x)");
    expect(((out.e as Pair).cdr)).toBe(rest);
  });

  it("accepts bare-array vectors", () => {
    expect(show(macro("(syntax-rules () [(_ #(a b)) (b a)])")(new Syntax(list([read1("m"), [1, read1("y")]]), undefined)))).toBe("(y 1)");
  });

  it("wraps a lone bare-data result in Syntax with the use's context", () => {
    const use = new Syntax(list([read1("m"), 7]), read1("(m 7)").loc, [2]);
    const out = macro("(syntax-rules () [(_ x) x])")(use);
    expect(out).toBeInstanceOf(Syntax);
    expect(out.e).toBe(7);
    expect(out.scopes).toEqual([2]);
  });

  it("outputs frozen vectors, like the reader", () => {
    const out = macro("(syntax-rules () [(_ a ...) #(a ...)])")(read1("(m 1 2)"));
    expect(Object.isFrozen(out.e)).toBe(true);
  });
});

describe("scale and properties", () => {
  it("handles long lists without deep recursion", () => {
    const n = 100_000;
    const use = read1(`(m ${Array.from({ length: n }, (_, i) => i).join(" ")})`);
    const out = macro("(syntax-rules () [(_ x ... y) (y x ...)])")(use);
    const items = syntaxToDatum(out);
    let count = 0;
    for (let p = items; p instanceof Pair; p = p.cdr) count++;
    expect(count).toBe(n);
    expect((items as Pair).car).toBe(n - 1);
  });

  it("depth-2 flattening is concatenation, and regrouping restores the input", () => {
    const flat = macro("(syntax-rules () [(_ (x ...) ...) (x ... ...)])");
    const regroup = macro("(syntax-rules () [(_ (x ...) ...) ((x ...) ...)])");
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 5 }), { maxLength: 6 }), (groups) => {
        const text = `(m ${groups.map((g) => `(${g.join(" ")})`).join(" ")})`;
        expect(show(flat(read1(text)))).toBe(`(${groups.flat().join(" ")})`);
        expect(show(regroup(read1(text)))).toBe(`(${groups.map((g) => `(${g.join(" ")})`).join(" ")})`);
      }),
    );
  });

  it("`(a ... b c)` splits any list of length ≥ 2 at its last two elements", () => {
    const t = macro("(syntax-rules () [(_ a ... b c) (c b a ...)] [(_ . r) short])");
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 8 }), (xs) => {
        const out = show(t(read1(`(m ${xs.join(" ")})`)));
        if (xs.length < 2) expect(out).toBe("short");
        else expect(out).toBe(`(${[xs.at(-1), xs.at(-2), ...xs.slice(0, -2)].join(" ")})`);
      }),
    );
  });
});
