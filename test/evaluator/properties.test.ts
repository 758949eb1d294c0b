// Property tests of the evaluator: arithmetic against JavaScript, hygiene with generated names,
// and continuations against a CPS reference.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evShared as ev } from "../support/scheme.js";

type Expr = { scheme: string; value: bigint };

const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((n) => ({ scheme: n.toString(), value: n })),
    fc.tuple(fc.constantFrom("+", "-", "*"), tie("e"), tie("e")).map(([op, a, b]) => ({
      scheme: `(${op} ${a.scheme} ${b.scheme})`,
      value: op === "+" ? a.value + b.value : op === "-" ? a.value - b.value : a.value * b.value,
    })),
    fc.tuple(tie("e"), tie("e"), tie("e")).map(([c, a, b]) => ({
      scheme: `(if (< ${c.scheme} 0) ${a.scheme} ${b.scheme})`,
      value: c.value < 0n ? a.value : b.value,
    })),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => ({
      scheme: `(let ([x ${a.scheme}]) (let ([y ${b.scheme}]) (- x y)))`,
      value: a.value - b.value,
    })),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => ({
      scheme: `((lambda (p q) (+ p (* 2 q))) ${a.scheme} ${b.scheme})`,
      value: a.value + 2n * b.value,
    })),
  ),
})).e;

const listExpr = fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 30 });

describe("evaluation agrees with a direct JavaScript computation", () => {
  it("integer arithmetic, conditionals, lets and lambdas (exact, any size)", () => {
    fc.assert(
      fc.property(expr, (e) => {
        expect(ev(e.scheme)).toBe(e.value.toString());
      }),
      { numRuns: 1000 },
    );
  });

  it("list operations: map, filter, foldl, reverse, append, length", () => {
    fc.assert(
      fc.property(listExpr, listExpr, (a, b) => {
        const la = `'(${a.join(" ")})`;
        const lb = `'(${b.join(" ")})`;
        const code = `(list (map (lambda (x) (* x 3)) ${la}) (filter even? ${la}) (foldl + 0 ${la}) (reverse ${lb}) (length (append ${la} ${lb})))`;
        const js = `(${fmt(a.map((x) => x * 3))} ${fmt(a.filter((x) => x % 2 === 0))} ${a.reduce((s, x) => s + x, 0)} ${fmt([...b].reverse())} ${a.length + b.length})`;
        expect(ev(code)).toBe(js);
      }),
      { numRuns: 1000 },
    );
  });
});

const fmt = (xs: number[]) => `(${xs.join(" ")})`;

describe("hygiene holds for generated variable names", () => {
  const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/).filter((s) => !RESERVED.has(s));
  it("a swap! macro works whatever the user's variable names, including the macro's own temporary", () => {
    fc.assert(
      fc.property(name, name, fc.integer(), fc.integer(), (a, b, x, y) => {
        fc.pre(a !== b);
        const code = `(define-syntax-rule (swap! p q) (let ([tmp p]) (set! p q) (set! q tmp))) (define (run) (let ([${a} ${x}] [${b} ${y}]) (swap! ${a} ${b}) (list ${a} ${b}))) (run)`;
        expect(ev(code)).toBe(`(${y} ${x})`);
      }),
      { numRuns: 1000 },
    );
  });

  it("a macro's introduced binding never captures a user variable of the same name", () => {
    fc.assert(
      fc.property(name, fc.integer(), (v, n) => {
        const code = `(define-syntax-rule (with-${v} body) (let ([${v} 'macro]) body)) (let ([${v} ${n}]) (with-${v} ${v}))`;
        expect(ev(code)).toBe(String(n));
      }),
      { numRuns: 1000 },
    );
  });
});

const RESERVED = new Set(["if", "let", "set", "define", "lambda", "list", "quote", "tmp", "run", "cond", "case", "do", "or", "and", "when", "unless", "else", "begin", "delay", "force", "error", "raise", "void", "values", "apply", "map", "not", "car", "cdr", "cons", "length", "let-values", "guard"]);

/** A program shape with call/cc at random points, evaluated by a CPS reference interpreter. */
type Prog = { kind: "num"; n: number } | { kind: "add"; a: Prog; b: Prog } | { kind: "callcc"; body: Prog } | { kind: "throw"; v: Prog };

const prog: fc.Arbitrary<Prog> = fc.letrec<{ p: Prog }>((tie) => ({
  p: fc.oneof(
    { depthSize: "small" },
    fc.integer({ min: 0, max: 100 }).map((n): Prog => ({ kind: "num", n })),
    fc.tuple(tie("p"), tie("p")).map(([a, b]): Prog => ({ kind: "add", a, b })),
    tie("p").map((body): Prog => ({ kind: "callcc", body })),
    tie("p").map((v): Prog => ({ kind: "throw", v })),
  ),
})).p;

/** Scheme text: `throw` jumps to the innermost enclosing call/cc's continuation (or the top). */
function toScheme(p: Prog, k: string): string {
  switch (p.kind) {
    case "num":
      return String(p.n);
    case "add":
      return `(+ ${toScheme(p.a, k)} ${toScheme(p.b, k)})`;
    case "callcc": {
      const kk = `k${Math.floor(Math.random() * 1e9)}`;
      return `(call/cc (lambda (${kk}) ${toScheme(p.body, kk)}))`;
    }
    case "throw":
      return `(${k} ${toScheme(p.v, k)})`;
  }
}

/** CPS reference: each call/cc binds the current continuation; throw invokes it. */
function cps(p: Prog, k: (v: number) => number, esc: (v: number) => number): number {
  switch (p.kind) {
    case "num":
      return k(p.n);
    case "add":
      return cps(p.a, (a) => cps(p.b, (b) => k(a + b), esc), esc);
    case "callcc":
      return cps(p.body, k, k);
    case "throw":
      return cps(p.v, esc, esc);
  }
}

describe("continuations agree with a CPS reference", () => {
  it("escapes to the right call/cc with the right value", () => {
    fc.assert(
      fc.property(prog, (p) => {
        const top = (v: number) => v;
        const expected = cps(p, top, top);
        const code = `(call/cc (lambda (top) ${toScheme(p, "top")}))`;
        expect(ev(code)).toBe(String(expected));
      }),
      { numRuns: 1000 },
    );
  });
});

/** An arithmetic expression with one hole where a continuation is captured and later re-entered. */
type Holed = { kind: "hole" } | { kind: "num"; n: number } | { kind: "op"; op: "+" | "-" | "*"; args: Holed[] } | { kind: "pass" };

const holed: fc.Arbitrary<Holed> = fc
  .tuple(
    fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }).map((n): Holed => ({ kind: "num", n })), fc.constant<Holed>({ kind: "pass" })), { maxLength: 3 }),
    fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }).map((n): Holed => ({ kind: "num", n })), fc.constant<Holed>({ kind: "pass" })), { maxLength: 3 }),
    fc.constantFrom<"+" | "-" | "*">("+", "-", "*"),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([left, right, op, depth]) => {
    let e: Holed = { kind: "op", op, args: [...left, { kind: "hole" }, ...right] };
    for (let i = 0; i < depth; i++) e = { kind: "op", op: i % 2 === 0 ? "+" : "*", args: [{ kind: "num", n: i + 1 }, e] };
    return e;
  });

function holedScheme(e: Holed): string {
  switch (e.kind) {
    case "hole":
      return "(call/cc (lambda (c) (set! k c) 1))";
    case "num":
      return String(e.n);
    case "pass":
      return "n"; // the number of passes so far: differs on each re-entry
    case "op":
      return `(${e.op} ${e.args.map(holedScheme).join(" ")})`;
  }
}

/**
 * Reference: arguments are evaluated left to right; those left of the hole keep the values of the
 * pass that captured the continuation (pass 0), the hole gets the re-entry value, and those right
 * of it are evaluated again in the current pass.
 */
function holedValue(e: Holed, pass: number, hole: number, captured: boolean): bigint {
  switch (e.kind) {
    case "hole":
      return BigInt(hole);
    case "num":
      return BigInt(e.n);
    case "pass":
      return BigInt(captured ? 0 : pass);
    case "op": {
      const at = e.args.findIndex(containsHole);
      const vals = e.args.map((a, i) => holedValue(a, pass, hole, at >= 0 && i < at ? true : captured && at < 0));
      // Scheme's (- x) is negation; (+ x) and (* x) are x.
      if (vals.length === 1 && e.op === "-") return -vals[0]!;
      return vals.slice(1).reduce((acc, v) => (e.op === "+" ? acc + v : e.op === "-" ? acc - v : acc * v), vals[0]!);
    }
  }
}

function containsHole(e: Holed): boolean {
  return e.kind === "hole" || (e.kind === "op" && e.args.some(containsHole));
}

describe("re-entered continuations agree with a reference", () => {
  it("re-entering a continuation captured inside nested argument evaluation, several times", () => {
    fc.assert(
      fc.property(holed, fc.integer({ min: 1, max: 4 }), (e, passes) => {
        // One body, so that re-entering k re-runs what follows (top-level forms are delimited).
        const code = `(define (run) (define k #f) (define n 0) (define results '())
          (define v ${holedScheme(e)})
          (set! results (cons v results))
          (set! n (+ n 1))
          (if (< n ${passes}) (k (* 10 n)) (reverse results))) (run)`;
        const expected: bigint[] = [];
        for (let p = 0; p < passes; p++) expected.push(holedValue(e, p, p === 0 ? 1 : 10 * p, false));
        expect(ev(code)).toBe(`(${expected.join(" ")})`);
      }),
      { numRuns: 1000 },
    );
  });
});
