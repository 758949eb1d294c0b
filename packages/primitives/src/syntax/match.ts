// racket/match's forms: match, match*, match-lambda, match-lambda*, match-let, match-let*,
// match-define and define/match.
//
// Each clause becomes nested tests (match-compile.ts) whose failure calls the next clause, held in
// a thunk made when the clause starts: a match that succeeds at its first clause allocates one
// closure. When no clause matches, `%match-failure` raises Racket's `who: no matching clause for v`.

import { Syntax, type SourceLocation } from "@rlms/reader";
import {
  L,
  bodyExpr,
  core,
  formParts,
  idName,
  isIdentifier,
  keywordName,
  quoted,
  syntaxError,
  syntaxErrorAt,
  syntaxList,
  temp,
  type ExpandContext,
  type Identifier,
  type Transformer,
} from "./build.js";
import { PatternCompiler, failureCode, failureThunk, type Failure } from "./match-compile.js";
import { PatternParser, patternVariables, type Pattern } from "./match-patterns.js";

interface Clause {
  readonly patterns: readonly Pattern[];
  readonly guard: unknown;
  /** `(=> id)`: calling `id` in the body tries the next clause. */
  readonly failId: Identifier | undefined;
  readonly body: readonly unknown[];
}

/**
 * Parses `[pat rhs ...]` (or, for `count` patterns, `[(pat ...) rhs ...]`): the patterns, an
 * optional `#:when guard`, an optional `(=> id)`, and at least one body form.
 */
function parseClause(clause: unknown, count: number | undefined, stx: Syntax, who: string, ctx: ExpandContext): Clause {
  const parts = syntaxList(clause);
  if (parts === undefined || parts.length === 0) throw syntaxErrorAt(who, "bad syntax (clause is not a pattern and body)", stx, clause);
  const parser = new PatternParser(who, ctx);
  let patterns: Pattern[];
  if (count === undefined) patterns = [parser.parse(parts[0])];
  else {
    const list = syntaxList(parts[0]);
    if (list === undefined || list.length !== count) {
      throw syntaxError("match", `wrong number of match clauses, expected ${count} and got ${list?.length ?? 0}`, parts[0]);
    }
    patterns = list.map((p) => parser.parse(p));
  }
  let rest = parts.slice(1);
  let guard: unknown;
  let failId: Identifier | undefined;
  if (keywordName(rest[0]) === "when") {
    if (rest.length < 2) throw syntaxErrorAt(who, "expected an expression after #:when", stx, rest[0]);
    guard = rest[1];
    rest = rest.slice(2);
  }
  const arrow = syntaxList(rest[0]);
  if (arrow !== undefined && arrow.length === 2 && isIdentifier(arrow[0]) && idName(arrow[0]) === "=>" && isIdentifier(arrow[1])) {
    failId = arrow[1];
    rest = rest.slice(1);
  }
  if (rest.length === 0) throw syntaxError(who, "expected at least one expression on the right-hand side", clause);
  return { patterns, guard, failId, body: rest };
}

/**
 * The code matching the values of `scrutinees` against the clauses in order. `failureValue` is
 * what the "no matching clause" error shows.
 */
function matchClauses(who: string, scrutinees: readonly Identifier[], clauses: readonly Clause[], failureValue: unknown, stx: Syntax, ctx: ExpandContext): unknown {
  const loc = stx.loc;
  const compiler = new PatternCompiler(loc, who);
  const noMatch = failureCode(L(loc, core("%match-failure", loc), quoted(core(who, loc), loc), failureValue), loc);
  const patternsThen = (c: Clause, j: number, bound: readonly Identifier[], fail: Failure): unknown => {
    if (j === c.patterns.length) return guardedBody(c, fail, loc, ctx);
    return compiler.compile(c.patterns[j]!, scrutinees[j]!, bound, (b) => patternsThen(c, j + 1, b, fail), fail);
  };
  // Clause i+1 is a procedure that clause i calls when it fails. They are siblings in one letrec
  // (not each nested in the previous one's failure thunk) so that the size of the expansion, and
  // the expander's work on it, grow linearly with the number of clauses.
  const next = clauses.map((_, i) => temp(`clause${i + 1}`, loc));
  const failureOf = (i: number) => (i + 1 < clauses.length ? failureThunk(next[i + 1]!, loc) : noMatch);
  if (clauses.length === 0) return noMatch.call();
  const first = patternsThen(clauses[0]!, 0, [], failureOf(0));
  if (clauses.length === 1) return first;
  const procedures = clauses.slice(1).map((c, k) => L(loc, next[k + 1], L(loc, core("lambda", loc), L(loc), patternsThen(c, 0, [], failureOf(k + 1)))));
  return L(loc, core("letrec", loc), L(loc, ...procedures), first);
}

function guardedBody(c: Clause, fail: Failure, loc: SourceLocation | undefined, ctx: ExpandContext): unknown {
  let body: unknown = bodyExpr(c.body, loc, ctx);
  if (c.failId !== undefined) {
    // `(=> id)`: `(id)` escapes from the body to the next clause.
    const token = temp("next-clause", loc);
    const escape = temp("escape", loc);
    const result = temp("result", loc);
    const escaping = L(
      loc,
      core("call/ec", loc),
      L(loc, core("lambda", loc), L(loc, escape), L(loc, core("let", loc), L(loc, L(loc, c.failId, L(loc, core("lambda", loc), L(loc), L(loc, escape, token)))), body)),
    );
    body = L(
      loc,
      core("let*", loc),
      L(loc, L(loc, token, L(loc, core("list", loc), quoted(core("next-clause", loc), loc))), L(loc, result, escaping)),
      L(loc, core("if", loc), L(loc, core("eq?", loc), result, token), fail.call(), result),
    );
  }
  return c.guard === undefined ? body : L(loc, core("if", loc), c.guard, body, fail.call());
}

/** `(let ([t e] ...) code)` with a fresh temporary per expression. */
function bindScrutinees(exprs: readonly unknown[], loc: SourceLocation | undefined, code: (temps: Identifier[]) => unknown): unknown {
  const temps = exprs.map((_, i) => temp(`value${i}`, loc));
  return L(loc, core("let", loc), L(loc, ...temps.map((t, i) => L(loc, t, exprs[i]))), code(temps));
}

/** The value the no-match error shows: the value itself, or the list of several. */
const shown = (temps: readonly Identifier[], loc: SourceLocation | undefined): unknown => (temps.length === 1 ? temps[0] : L(loc, core("list", loc), ...temps));

const match: Transformer = (stx, ctx) => {
  const items = syntaxList(stx);
  if (items === undefined) throw syntaxError("match", "bad syntax", stx);
  if (items.length < 2) throw syntaxError("match", "expected more terms starting with expression\n  at: ()\n  within: (match)", stx);
  const clauses = items.slice(2).map((c) => parseClause(c, undefined, stx, "match", ctx));
  return bindScrutinees([items[1]], stx.loc, (temps) => matchClauses("match", temps, clauses, temps[0], stx, ctx));
};

const matchStar: Transformer = (stx, ctx) => {
  const items = formParts(stx, "match*", 2);
  const exprs = syntaxList(items[1]);
  if (exprs === undefined) throw syntaxErrorAt("match*", "expected a sequence of expressions", stx, items[1]);
  const clauses = items.slice(2).map((c) => parseClause(c, exprs.length, stx, "match*", ctx));
  return bindScrutinees(exprs, stx.loc, (temps) => matchClauses("match*", temps, clauses, L(stx.loc, core("list", stx.loc), ...temps), stx, ctx));
};

const matchLambda: Transformer = (stx, ctx) => {
  const items = formParts(stx, "match-lambda", 1);
  const loc = stx.loc;
  const clauses = items.slice(1).map((c) => parseClause(c, undefined, stx, "match-lambda", ctx));
  const arg = temp("arg", loc);
  return L(loc, core("lambda", loc), L(loc, arg), matchClauses("match-lambda", [arg], clauses, arg, stx, ctx));
};

const matchLambdaStar: Transformer = (stx, ctx) => {
  const items = formParts(stx, "match-lambda*", 1);
  const loc = stx.loc;
  const clauses = items.slice(1).map((c) => parseClause(c, undefined, stx, "match-lambda*", ctx));
  const args = temp("args", loc);
  return L(loc, core("lambda", loc), args, matchClauses("match-lambda*", [args], clauses, args, stx, ctx));
};

/** `[pat expr]` bindings of match-let and match-let*. */
function letBindings(x: unknown, stx: Syntax, who: string): { patterns: unknown[]; exprs: unknown[] } {
  const list = syntaxList(x);
  if (list === undefined) throw syntaxErrorAt(who, "bad syntax", stx, x);
  const patterns: unknown[] = [];
  const exprs: unknown[] = [];
  for (const b of list) {
    const p = syntaxList(b);
    if (p === undefined || p.length !== 2) throw syntaxErrorAt(who, "bad syntax", stx, b);
    patterns.push(p[0]);
    exprs.push(p[1]);
  }
  return { patterns, exprs };
}

/** `(match-let ([pat e] ...) body ...)`: one clause over all the values. */
function matchLet(who: string, patterns: readonly unknown[], exprs: readonly unknown[], body: readonly unknown[], stx: Syntax, ctx: ExpandContext): unknown {
  const parser = new PatternParser(who, ctx);
  const clause: Clause = { patterns: patterns.map((p) => parser.parse(p)), guard: undefined, failId: undefined, body };
  return bindScrutinees(exprs, stx.loc, (temps) => matchClauses(who, temps, [clause], shown(temps, stx.loc), stx, ctx));
}

const matchLetForm: Transformer = (stx, ctx) => {
  const items = formParts(stx, "match-let", 3);
  const { patterns, exprs } = letBindings(items[1], stx, "match-let");
  return matchLet("match-let", patterns, exprs, items.slice(2), stx, ctx);
};

const matchLetStar: Transformer = (stx, ctx) => {
  const items = formParts(stx, "match-let*", 3);
  const { patterns, exprs } = letBindings(items[1], stx, "match-let*");
  const nest = (i: number): unknown => (i === patterns.length ? bodyExpr(items.slice(2), stx.loc, ctx) : matchLet("match-let*", [patterns[i]], [exprs[i]], [nest(i + 1)], stx, ctx));
  return nest(0);
};

/** `(match-define pat expr)`: defines the pattern's variables. */
const matchDefine: Transformer = (stx, ctx) => {
  const items = formParts(stx, "match-define", 3);
  if (items.length !== 3) throw syntaxError("match-define", "bad syntax", stx);
  const loc = stx.loc;
  const pattern = new PatternParser("match-define", ctx).parse(items[1]);
  const vars = patternVariables(pattern);
  const clause: Clause = { patterns: [pattern], guard: undefined, failId: undefined, body: [L(loc, core("values", loc), ...vars)] };
  return L(loc, core("define-values", loc), L(loc, ...vars), bindScrutinees([items[2]], loc, (temps) => matchClauses("match-define", temps, [clause], temps[0], stx, ctx)));
};

/** `(match-define-values (pat ...) expr)`: defines the variables of patterns over expr's values. */
const matchDefineValues: Transformer = (stx, ctx) => {
  const items = formParts(stx, "match-define-values", 3);
  const loc = stx.loc;
  const patternList = syntaxList(items[1]);
  if (items.length !== 3 || patternList === undefined) throw syntaxError("match-define-values", "bad syntax", stx);
  const parser = new PatternParser("match-define-values", ctx);
  const patterns = patternList.map((p) => parser.parse(p));
  const vars = patterns.flatMap((p) => patternVariables(p));
  const clause: Clause = { patterns, guard: undefined, failId: undefined, body: [L(loc, core("values", loc), ...vars)] };
  const temps = patterns.map((_, i) => temp(`value${i}`, loc));
  const matching = matchClauses("match-define-values", temps, [clause], shown(temps, loc), stx, ctx);
  return L(loc, core("define-values", loc), L(loc, ...vars), L(loc, core("let-values", loc), L(loc, L(loc, L(loc, ...temps), items[2])), matching));
};

/** `(define/match (f arg ...) [(pat ...) body ...] ...)`. */
const defineMatch: Transformer = (stx, ctx) => {
  const items = formParts(stx, "define/match", 2);
  const loc = stx.loc;
  const head = syntaxList(items[1]);
  if (head === undefined || head.length === 0 || !head.every(isIdentifier)) throw syntaxErrorAt("define/match", "bad syntax", stx, items[1]);
  const [name, ...args] = head as Identifier[];
  const clauses = items.slice(2).map((c) => parseClause(c, args.length, stx, "define/match", ctx));
  // The formals are the scrutinees, and the clauses' bodies see them too.
  return L(loc, core("define", loc), L(loc, name, ...args), matchClauses("define/match", args, clauses, shown(args, loc), stx, ctx));
};

export const MATCH_MACROS: ReadonlyArray<readonly [string, Transformer]> = [
  ["match", match],
  ["match*", matchStar],
  ["match-lambda", matchLambda],
  ["match-lambda*", matchLambdaStar],
  ["match-let", matchLetForm],
  ["match-let*", matchLetStar],
  ["match-define", matchDefine],
  ["match-define-values", matchDefineValues],
  ["define/match", defineMatch],
];
