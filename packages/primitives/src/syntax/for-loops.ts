// The loops of the `for` family, generated from the clauses and a fold: every `for` form is a
// fold with some accumulators (none for `for`, a reversed list for `for/list`...).
//
// Clauses are grouped into levels. In `for`, consecutive binding clauses iterate in parallel as
// one level (stopping at the shortest sequence) and each #:when/#:unless/#:break/#:final starts a
// nested level; in `for*` every binding clause is a level of its own. Each level is a named-let
// loop whose variables are the accumulators and the clauses' positions.
//
// The loops are written in continuation-passing style: a level does not return to the level
// around it when its sequences run out, it tail-calls that level's loop with the accumulators
// (`continue`). So every call is a tail call, nested loops run in constant stack, and `#:break`
// can end the whole form from any depth by evaluating the result (`finish`) instead of
// continuing. `#:final` binds a flag; every `continue` generated inside its scope finishes
// instead when the flag is set, so the current iteration completes (inner levels once) and the
// form ends.

import { Pair, Syntax, type SourceLocation } from "@rlms/reader";
import { planClause } from "./for-sequences.js";
import {
  L,
  bodyExpr,
  core,
  idName,
  isIdentifier,
  keywordName,
  syntaxErrorAt,
  syntaxError,
  syntaxList,
  temp,
  type ExpandContext,
  type Identifier,
} from "./build.js";

/** A for clause after parsing. */
export type ForClause =
  | { readonly kind: "bind"; readonly ids: readonly Identifier[]; readonly seq: unknown }
  | { readonly kind: "when" | "unless" | "break" | "final"; readonly expr: unknown };

type Step = { readonly kind: "level"; readonly binds: ReadonlyArray<ForClause & { kind: "bind" }> } | (ForClause & { kind: "when" | "unless" | "break" | "final" });

/** The body between the clauses and the end: expressions and definitions, split at #:break/#:final. */
export interface ForBody {
  readonly segments: ReadonlyArray<readonly unknown[]>;
  /** The guard that ends each segment but the last. */
  readonly guards: ReadonlyArray<{ readonly kind: "break" | "final"; readonly expr: unknown }>;
}

/**
 * What the form does with one value of its body. `update` is the code that continues the loop
 * with new accumulator values; `finish` the code that ends the form with the given accumulators.
 */
export interface Fold {
  readonly accumulators: readonly Identifier[];
  step(body: unknown, update: (accs: readonly unknown[]) => unknown, finish: (accs: readonly unknown[]) => unknown, loc: SourceLocation | undefined): unknown;
  /** The form's value from the accumulators. */
  result(accs: readonly unknown[], loc: SourceLocation | undefined): unknown;
}

const GUARDS = new Set(["when", "unless", "break", "final"]);

/** Parses a clause list; `form` names the form in errors. */
export function parseClauses(clauses: unknown, stx: Syntax, form: string): ForClause[] {
  const items = syntaxList(clauses);
  if (items === undefined) throw syntaxErrorAt(form, "bad sequence binding clauses", stx, clauses);
  const out: ForClause[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const kw = keywordName(item);
    if (kw !== undefined && GUARDS.has(kw)) {
      if (i + 1 >= items.length) throw syntaxErrorAt(form, `missing expression after #:${kw}`, stx, item);
      out.push({ kind: kw as "when", expr: items[++i] });
      continue;
    }
    const parts = syntaxList(item);
    if (parts !== undefined && parts.length === 2) {
      if (isIdentifier(parts[0])) {
        out.push({ kind: "bind", ids: [parts[0]], seq: parts[1] });
        continue;
      }
      const ids = syntaxList(parts[0]);
      if (ids !== undefined && ids.every(isIdentifier)) {
        out.push({ kind: "bind", ids: ids as Identifier[], seq: parts[1] });
        continue;
      }
    }
    throw syntaxErrorAt(form, "bad sequence binding clause", stx, item);
  }
  return out;
}

/** Splits a body at its #:break and #:final clauses. */
export function parseBody(items: readonly unknown[], stx: Syntax, form: string): ForBody {
  if (items.length === 0) throw syntaxError(form, "missing body expression after sequence bindings", stx);
  const segments: unknown[][] = [[]];
  const guards: { kind: "break" | "final"; expr: unknown }[] = [];
  for (let i = 0; i < items.length; i++) {
    const kw = keywordName(items[i]);
    if (kw === "break" || kw === "final") {
      if (i + 1 >= items.length) throw syntaxErrorAt(form, `missing expression after #:${kw}`, stx, items[i]);
      if (i + 2 >= items.length) throw syntaxErrorAt(form, `missing body form after #:${kw} clause`, stx, items[i]);
      guards.push({ kind: kw, expr: items[++i] });
      segments.push([]);
    } else {
      segments[segments.length - 1]!.push(items[i]);
    }
  }
  return { segments, guards };
}

function steps(clauses: readonly ForClause[], nested: boolean): Step[] {
  const out: Step[] = [];
  for (const c of clauses) {
    if (c.kind !== "bind") out.push(c);
    else {
      const last = out[out.length - 1];
      if (!nested && last?.kind === "level") out[out.length - 1] = { kind: "level", binds: [...last.binds, c] };
      else out.push({ kind: "level", binds: [c] });
    }
  }
  return out;
}

/** How the code being generated continues the innermost loop (and, through it, the outer ones). */
interface Scope {
  /** Code continuing the innermost level with these accumulator values. */
  readonly continueWith: (accs: readonly unknown[]) => unknown;
  /** The innermost #:final flag in scope, if any. */
  readonly finalFlag: Identifier | undefined;
}

/** Values whose evaluation has no effect, so when it happens does not matter. */
function isSimple(x: unknown): boolean {
  if (isIdentifier(x)) return true;
  const parts = syntaxList(x);
  if (parts === undefined) return !(x instanceof Syntax && x.e instanceof Pair);
  return parts.length === 2 && isIdentifier(parts[0]) && idName(parts[0]) === "quote";
}

/**
 * The whole loop, with the accumulators `fold.accumulators` starting at `inits`. Racket evaluates
 * the initial values before the sequences; simple ones (literals) go straight into the first
 * loop instead of a `let` around it.
 */
export function generateLoops(
  clauses: readonly ForClause[],
  nested: boolean,
  body: ForBody,
  fold: Fold,
  inits: readonly unknown[],
  ctx: ExpandContext,
  loc: SourceLocation | undefined,
): unknown {
  const accs = fold.accumulators;
  const finish = (values: readonly unknown[]) => fold.result(values, loc);
  /** `continue` inside a #:final's scope: finish when the flag is set. */
  const guarded = (flag: Identifier | undefined, values: readonly unknown[], loop: unknown) =>
    flag === undefined ? loop : L(loc, core("if", loc), flag, finish(values), loop);
  const all = steps(clauses, nested);

  const generate = (i: number, scope: Scope): unknown => {
    if (i === all.length) return generateBody(0, scope);
    const step = all[i]!;
    switch (step.kind) {
      case "when":
        return L(loc, core("if", loc), step.expr, generate(i + 1, scope), scope.continueWith(accs));
      case "unless":
        return L(loc, core("if", loc), step.expr, scope.continueWith(accs), generate(i + 1, scope));
      case "break":
        return L(loc, core("if", loc), step.expr, finish(accs), generate(i + 1, scope));
      case "final":
        return withFinal(step.expr, scope, (inner) => generate(i + 1, inner));
      case "level":
        return generateLevel(step.binds, i, scope);
    }
  };

  const withFinal = (expr: unknown, scope: Scope, rest: (scope: Scope) => unknown): unknown => {
    const flag = temp("final?", loc);
    const value = scope.finalFlag === undefined ? expr : L(loc, core("or", loc), scope.finalFlag, expr);
    const outer = scope;
    const inner: Scope = {
      finalFlag: flag,
      continueWith: (values) => guarded(flag, values, outer.continueWith(values)),
    };
    return L(loc, core("let", loc), L(loc, L(loc, flag, value)), rest(inner));
  };

  const generateLevel = (binds: ReadonlyArray<ForClause & { kind: "bind" }>, i: number, scope: Scope, accInits: readonly unknown[] = accs): unknown => {
    const plans = binds.map((b) => planClause(b.ids, b.seq, ctx));
    const loop = temp("for-loop", loc);
    const next = plans.flatMap((p) => p.next);
    const inner: Scope = {
      finalFlag: scope.finalFlag,
      continueWith: (values) => guarded(scope.finalFlag, values, L(loc, loop, ...values, ...next)),
    };
    // The clauses' identifiers are bound afresh in each iteration (a `set!` of one does not move
    // the sequence); `let` when every clause has one identifier, as it costs less than let-values.
    const single = binds.every((b) => b.ids.length === 1);
    const elements = binds.map((b, k) => (single ? L(loc, b.ids[0], plans[k]!.element) : L(loc, L(loc, ...b.ids), plans[k]!.element)));
    const iteration = L(loc, core(single ? "let" : "let-values", loc), L(loc, ...elements), generate(i + 1, inner));
    const tests = plans.map((p) => p.more).filter((m) => m !== undefined);
    const exhausted = scope.continueWith(accs);
    // A procedural sequence's loop driver gives #f as its position and holds the position still
    // to compute: when the test fails and such a position is pending (and every other clause
    // still has an element), it is computed and the loop goes round again.
    const forcing = plans.filter((p) => p.force !== undefined);
    let otherwise: unknown = exhausted;
    if (forcing.length > 0) {
      const resumable = plans.map((p) => (p.force !== undefined ? L(loc, core("or", loc), p.force.position, p.force.pending) : p.more)).filter((t) => t !== undefined);
      const again = L(loc, loop, ...accs, ...plans.flatMap((p) => p.loopVars.map(([id]) => (p.force?.position === id ? p.force.forced : id))));
      otherwise = L(loc, core("if", loc), L(loc, core("and", loc), L(loc, core("or", loc), ...forcing.map((p) => p.force!.pending)), ...resumable), again, exhausted);
    }
    const loopBody = tests.length === 0 ? iteration : L(loc, core("if", loc), tests.length === 1 ? tests[0] : L(loc, core("and", loc), ...tests), iteration, otherwise);
    const namedLet = L(
      loc,
      core("let", loc),
      loop,
      L(loc, ...accs.map((a, k) => L(loc, a, accInits[k])), ...plans.flatMap((p) => p.loopVars.map(([id, init]) => L(loc, id, init)))),
      loopBody,
    );
    const checks = plans.flatMap((p) => p.checks);
    let code: unknown = checks.length === 0 ? namedLet : L(loc, core("begin", loc), ...checks, namedLet);
    // Two flat lets rather than a let*: each binding form costs the expander a pass over its body.
    for (const bindings of [plans.flatMap((p) => p.derived), plans.flatMap((p) => p.setup)]) {
      if (bindings.length > 0) code = L(loc, core("let", loc), L(loc, ...bindings.map(([id, e]) => L(loc, id, e))), code);
    }
    return code;
  };

  const generateBody = (k: number, scope: Scope): unknown => {
    const segment = body.segments[k]!;
    if (k === body.segments.length - 1) {
      const value = bodyExpr(segment, loc, ctx);
      return fold.step(value, scope.continueWith, finish, loc);
    }
    const guard = body.guards[k]!;
    const rest =
      guard.kind === "break"
        ? L(loc, core("if", loc), guard.expr, finish(accs), generateBody(k + 1, scope))
        : withFinal(guard.expr, scope, (inner) => generateBody(k + 1, inner));
    // Definitions of a segment are visible in the segments after it.
    return segment.length === 0 ? rest : L(loc, core("let", loc), L(loc), ...segment, rest);
  };

  const top: Scope = { finalFlag: undefined, continueWith: finish };
  const first = all[0];
  if (first?.kind === "level" && inits.every(isSimple)) return generateLevel(first.binds, 0, top, inits);
  const loops = generate(0, top);
  return accs.length === 0 ? loops : L(loc, core("let", loc), L(loc, ...accs.map((a, k) => L(loc, a, inits[k]))), loops);
}
