// Derived forms, written as transformers in TypeScript (no Scheme prelude to load at start-up).
//
// Identifiers a transformer introduces are `coreId`s: they have no scopes of their own and get
// the macro-introduction scope when the expander applies the transformer, so they always mean
// the core form or kernel procedure of that name and never capture or see user bindings.

import { Keyword, NIL, Pair, Syntax, Sym, type SourceLocation } from "@rlms/reader";
import type { ExpandContext } from "./context.js";
import { sameBinding } from "./expander.js";
import { badSyntax, coreId, idName, isIdentifier, listParts, mkList, syntaxError, syntaxList } from "./shape.js";

type Transformer = (use: Syntax, ctx: ExpandContext) => unknown;

const L = (loc: SourceLocation | undefined, ...items: unknown[]): Syntax => mkList(items, loc);
const id = (name: string, loc?: SourceLocation) => coreId(name, loc);

function parts(stx: Syntax, who: string, min: number): unknown[] {
  const items = syntaxList(stx);
  if (items === undefined || items.length < min) throw badSyntax(who, stx);
  return items;
}

/**
 * Is `x` the identifier `name` with the binding the core gives it (a core form, a derived form, or
 * unbound like `else` and `unquote`)? A user's local binding of the name makes it an ordinary
 * identifier, as free-identifier=? does in Racket.
 */
export function isKeywordId(x: unknown, name: string, ctx: ExpandContext): boolean {
  return isIdentifier(x) && idName(x) === name && sameBinding(x, coreId(name), ctx);
}

const letStar: Transformer = (stx) => {
  const items = parts(stx, "let*", 3);
  const bindings = syntaxList(items[1]);
  if (bindings === undefined) throw badSyntax("let*", stx);
  const body = items.slice(2);
  if (bindings.length <= 1) return L(stx.loc, id("let", stx.loc), mkList(bindings, stx.loc), ...body);
  return L(stx.loc, id("let", stx.loc), mkList([bindings[0]], stx.loc), L(stx.loc, id("let*", stx.loc), mkList(bindings.slice(1), stx.loc), ...body));
};

const letStarValues: Transformer = (stx) => {
  const items = parts(stx, "let*-values", 3);
  const bindings = syntaxList(items[1]);
  if (bindings === undefined) throw badSyntax("let*-values", stx);
  const body = items.slice(2);
  if (bindings.length <= 1) return L(stx.loc, id("let-values", stx.loc), mkList(bindings, stx.loc), ...body);
  return L(
    stx.loc,
    id("let-values", stx.loc),
    mkList([bindings[0]], stx.loc),
    L(stx.loc, id("let*-values", stx.loc), mkList(bindings.slice(1), stx.loc), ...body),
  );
};

const when: Transformer = (stx) => {
  const items = parts(stx, "when", 3);
  return L(stx.loc, id("if", stx.loc), items[1], L(stx.loc, id("let", stx.loc), mkList([], stx.loc), ...items.slice(2)), L(stx.loc, id("void", stx.loc)));
};

const unless: Transformer = (stx) => {
  const items = parts(stx, "unless", 3);
  return L(stx.loc, id("if", stx.loc), items[1], L(stx.loc, id("void", stx.loc)), L(stx.loc, id("let", stx.loc), mkList([], stx.loc), ...items.slice(2)));
};

const and: Transformer = (stx) => {
  const items = parts(stx, "and", 1);
  if (items.length === 1) return new Syntax(true, stx.loc, []);
  if (items.length === 2) return items[1];
  return L(stx.loc, id("if", stx.loc), items[1], L(stx.loc, id("and", stx.loc), ...items.slice(2)), new Syntax(false, stx.loc, []));
};

const or: Transformer = (stx) => {
  const items = parts(stx, "or", 1);
  if (items.length === 1) return new Syntax(false, stx.loc, []);
  if (items.length === 2) return items[1];
  const t = id("or-part", stx.loc);
  return L(stx.loc, id("let", stx.loc), mkList([L(stx.loc, t, items[1])], stx.loc), L(stx.loc, id("if", stx.loc), t, t, L(stx.loc, id("or", stx.loc), ...items.slice(2))));
};

const cond: Transformer = (stx, ctx) => {
  const items = parts(stx, "cond", 1);
  const clauses = items.slice(1);
  const build = (i: number): unknown => {
    if (i >= clauses.length) return L(stx.loc, id("void", stx.loc));
    const clause = clauses[i];
    const c = syntaxList(clause);
    if (c === undefined || c.length === 0) throw syntaxError("cond", "bad syntax (clause is not a test-value pair)", stx, clause);
    const loc = clause instanceof Syntax ? clause.loc : stx.loc;
    if (isKeywordId(c[0], "else", ctx)) {
      if (i !== clauses.length - 1) throw syntaxError("cond", "bad syntax (`else' clause must be last)", stx, clause);
      if (c.length < 2) throw syntaxError("cond", "bad syntax (missing expressions in `else' clause)", stx, clause);
      return L(loc, id("let", loc), mkList([], loc), ...c.slice(1));
    }
    if (c.length >= 2 && isKeywordId(c[1], "=>", ctx)) {
      if (c.length !== 3) throw syntaxError("cond", "bad syntax (bad clause form with =>)", stx, clause);
      const t = id("cond-value", loc);
      return L(loc, id("let", loc), mkList([L(loc, t, c[0])], loc), L(loc, id("if", loc), t, L(loc, c[2], t), build(i + 1)));
    }
    if (c.length === 1) return L(loc, id("or", loc), c[0], build(i + 1));
    return L(loc, id("if", loc), c[0], L(loc, id("let", loc), mkList([], loc), ...c.slice(1)), build(i + 1));
  };
  return build(0);
};

const caseForm: Transformer = (stx, ctx) => {
  const items = parts(stx, "case", 2);
  const t = id("case-key", stx.loc);
  const clauses = items.slice(2).map((clause, i, all) => {
    const c = syntaxList(clause);
    if (c === undefined || c.length < 2) throw syntaxError("case", "bad syntax (clause is not a datum list and expressions)", stx, clause);
    const loc = clause instanceof Syntax ? clause.loc : stx.loc;
    if (isKeywordId(c[0], "else", ctx)) {
      if (i !== all.length - 1) throw syntaxError("case", "bad syntax (`else' clause must be last)", stx, clause);
      return clause;
    }
    const data = syntaxList(c[0]);
    if (data === undefined) throw syntaxError("case", "bad syntax (not a datum sequence)", stx, c[0]);
    // Racket's case compares with equal?.
    const test = L(loc, id("%case-member", loc), t, L(loc, id("quote", loc), mkList(data, loc)));
    return L(loc, test, ...c.slice(1));
  });
  return L(stx.loc, id("let", stx.loc), mkList([L(stx.loc, t, items[1])], stx.loc), L(stx.loc, id("cond", stx.loc), ...clauses));
};

const doForm: Transformer = (stx) => {
  const items = parts(stx, "do", 3);
  const specs = syntaxList(items[1]);
  const exit = syntaxList(items[2]);
  if (specs === undefined || exit === undefined || exit.length === 0) throw badSyntax("do", stx);
  const loop = id("do-loop", stx.loc);
  const vars = specs.map((s) => {
    const p = syntaxList(s);
    if (p === undefined || p.length < 2 || p.length > 3 || !isIdentifier(p[0])) throw badSyntax("do", stx, s);
    return { name: p[0], init: p[1], step: p.length === 3 ? p[2] : p[0] };
  });
  const loc = stx.loc;
  return L(
    loc,
    id("let", loc),
    loop,
    mkList(vars.map((v) => L(loc, v.name, v.init)), loc),
    L(
      loc,
      id("if", loc),
      exit[0],
      exit.length > 1 ? L(loc, id("let", loc), mkList([], loc), ...exit.slice(1)) : L(loc, id("void", loc)),
      L(loc, id("let", loc), mkList([], loc), ...items.slice(3), L(loc, loop, ...vars.map((v) => v.step))),
    ),
  );
};

/** `(quasiquote t)` with nested levels, splicing, dotted tails and vectors. */
const quasiquote: Transformer = (stx, ctx) => {
  const items = parts(stx, "quasiquote", 2);
  if (items.length !== 2) throw badSyntax("quasiquote", stx);
  const loc = stx.loc;
  const quoted = (x: unknown) => L(loc, id("quote", loc), x);
  const tagged = (x: unknown, name: string): unknown[] | undefined => {
    const p = syntaxList(x);
    return p !== undefined && p.length === 2 && isKeywordId(p[0], name, ctx) ? p : undefined;
  };
  const qq = (x: unknown, depth: number): unknown => {
    const uq = tagged(x, "unquote");
    if (uq !== undefined) return depth === 1 ? uq[1] : L(loc, id("list", loc), quoted(uq[0]), qq(uq[1], depth - 1));
    const inner = tagged(x, "quasiquote");
    if (inner !== undefined) return L(loc, id("list", loc), quoted(inner[0]), qq(inner[1], depth + 1));
    const e = x instanceof Syntax ? x.e : x;
    if (e instanceof Pair) {
      const { items: elems, tail } = spine(x);
      // Build right to left: each element is either consed or (for unquote-splicing) appended.
      let out: unknown = tail === NIL ? quoted(NIL) : qqTail(tail, depth);
      for (let i = elems.length - 1; i >= 0; i--) {
        const el = elems[i];
        const splice = tagged(el, "unquote-splicing");
        if (splice !== undefined && depth === 1) out = L(loc, id("append", loc), splice[1], out);
        else if (splice !== undefined) out = L(loc, id("cons", loc), L(loc, id("list", loc), quoted(splice[0]), qq(splice[1], depth - 1)), out);
        else out = L(loc, id("cons", loc), qq(el, depth), out);
      }
      return out;
    }
    if (Array.isArray(e)) return L(loc, id("list->vector", loc), qq(mkList(e, loc), depth));
    return quoted(x);
  };
  const qqTail = (tail: unknown, depth: number): unknown => qq(tail, depth);
  /**
   * The elements of a template list and its tail, where a tail that is an `unquote` form counts
   * as the tail: `(a . ,x)` reads as `(a unquote x)` and means "a consed onto x".
   */
  const spine = (x: unknown): { items: unknown[]; tail: unknown } => {
    const items: unknown[] = [];
    let p: unknown = x;
    for (;;) {
      const pe = p instanceof Syntax ? p.e : p;
      if (!(pe instanceof Pair)) return { items, tail: pe === NIL ? NIL : p };
      if (items.length > 0 && tagged(p, "unquote") !== undefined) return { items, tail: p };
      items.push(pe.car);
      p = pe.cdr;
    }
  };
  return qq(items[1], 1);
};

const defineSyntaxRule: Transformer = (stx) => {
  const items = parts(stx, "define-syntax-rule", 3);
  if (items.length !== 3) throw badSyntax("define-syntax-rule", stx);
  const { items: head, tail } = listParts(items[1]);
  if (head.length === 0 || !isIdentifier(head[0])) throw badSyntax("define-syntax-rule", stx);
  const loc = stx.loc;
  const pattern = mkList([id("_", loc), ...head.slice(1)], loc, tail);
  return L(loc, id("define-syntax", loc), head[0], L(loc, id("syntax-rules", loc), mkList([], loc), L(loc, pattern, items[2])));
};

/** `(form ([a x] ...) body ...)` → `(proc (list a ...) (list x ...) (lambda () body ...))`. */
const pairsAndThunk = (who: string, proc: string): Transformer => (stx) => {
  const items = parts(stx, who, 3);
  const pairs = syntaxList(items[1]);
  if (pairs === undefined) throw badSyntax(who, stx);
  const loc = stx.loc;
  const lefts: unknown[] = [];
  const rights: unknown[] = [];
  for (const p of pairs) {
    const pp = syntaxList(p);
    if (pp === undefined || pp.length !== 2) throw badSyntax(who, stx, p);
    lefts.push(pp[0]);
    rights.push(pp[1]);
  }
  return L(loc, id(proc, loc), L(loc, id("list", loc), ...lefts), L(loc, id("list", loc), ...rights), L(loc, id("lambda", loc), mkList([], loc), ...items.slice(2)));
};

/** `(guard (e clause ...) body ...)` (R7RS): clauses are cond clauses; no match re-raises. */
const guard: Transformer = (stx, ctx) => {
  const items = parts(stx, "guard", 3);
  const spec = syntaxList(items[1]);
  if (spec === undefined || spec.length < 1 || !isIdentifier(spec[0])) throw badSyntax("guard", stx);
  const loc = stx.loc;
  const clauses = spec.slice(1);
  const last = clauses.length > 0 ? syntaxList(clauses[clauses.length - 1]) : undefined;
  const hasElse = last !== undefined && last.length > 0 && isKeywordId(last[0], "else", ctx);
  const allClauses = hasElse ? clauses : [...clauses, L(loc, id("else", loc), id("guard-no-match", loc))];
  const handler = L(loc, id("lambda", loc), mkList([spec[0]], loc), L(loc, id("cond", loc), ...allClauses));
  return L(loc, id("call-with-guard", loc), handler, L(loc, id("lambda", loc), mkList([], loc), ...items.slice(2)));
};

const thunkOf = (who: string, proc: string, min = 2): Transformer => (stx) => {
  const items = parts(stx, who, min);
  const loc = stx.loc;
  return L(loc, id(proc, loc), L(loc, id("lambda", loc), mkList([], loc), ...items.slice(1)));
};

const letEc: Transformer = (stx) => {
  const items = parts(stx, "let/ec", 3);
  if (!isIdentifier(items[1])) throw badSyntax("let/ec", stx);
  const loc = stx.loc;
  return L(loc, id("call/ec", loc), L(loc, id("lambda", loc), mkList([items[1]], loc), ...items.slice(2)));
};

/** `(with-continuation-mark key value body)`: the body runs in tail position of the mark's setter. */
const withContinuationMark: Transformer = (stx) => {
  const items = parts(stx, "with-continuation-mark", 4);
  if (items.length !== 4) throw badSyntax("with-continuation-mark", stx);
  const loc = stx.loc;
  return L(loc, id("%with-continuation-mark", loc), items[1], items[2], L(loc, id("lambda", loc), mkList([], loc), items[3]));
};

/** `(define-values (a b) e)` at top level is core; `(define-struct ...)` etc. come with the library. */
export const DERIVED_FORMS: ReadonlyArray<readonly [string, Transformer]> = [
  ["let*", letStar],
  ["let*-values", letStarValues],
  ["when", when],
  ["unless", unless],
  ["and", and],
  ["or", or],
  ["cond", cond],
  ["case", caseForm],
  ["do", doForm],
  ["quasiquote", quasiquote],
  ["define-syntax-rule", defineSyntaxRule],
  ["parameterize", pairsAndThunk("parameterize", "call-with-parameterization")],
  ["with-handlers", pairsAndThunk("with-handlers", "call-with-handlers")],
  ["with-handlers*", pairsAndThunk("with-handlers*", "call-with-handlers")],
  ["guard", guard],
  ["delay", thunkOf("delay", "make-delayed-promise")],
  ["lazy", thunkOf("lazy", "make-lazy-promise")],
  ["delay-force", thunkOf("delay-force", "make-lazy-promise")],
  ["let/ec", letEc],
  ["with-continuation-mark", withContinuationMark],
  // Submodules, as `racket FILE` runs them: `main` after the whole program, `test` (run only by
  // raco test) and any other submodule not at all.
  ["module+", (stx) => {
    const items = parts(stx, "module+", 2);
    if (!isIdentifier(items[1])) throw badSyntax("module+", stx);
    if (idName(items[1]) !== "main" || items.length === 2) return L(stx.loc, id("void", stx.loc));
    return L(stx.loc, id("%run-at-program-end", stx.loc), L(stx.loc, id("lambda", stx.loc), mkList([], stx.loc), ...items.slice(2), L(stx.loc, id("void", stx.loc))));
  }],
  // `(define-namespace-anchor a)`: the anchor is the sandbox's one namespace (see `eval`).
  ["define-namespace-anchor", (stx) => {
    const items = parts(stx, "define-namespace-anchor", 2);
    return L(stx.loc, id("define", stx.loc), items[1], L(stx.loc, id("make-base-namespace", stx.loc)));
  }],
];

void Keyword;
void Sym;
