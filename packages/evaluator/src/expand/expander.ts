// The expander: syntax in, core forms out.
//
// Identifiers are resolved through the binding table (sets of scopes). A form whose head names a
// core form is handled by `core-forms.ts`; one whose head names a macro is rewritten and expanded
// again; anything else is an application. Bodies and the top level are definition contexts:
// they are expanded in two passes, as Racket does, so a definition is visible to every
// expression of the body, including those written before it.

import { Box, HashTable, Keyword, NIL, Pair, Syntax, list, syntaxToDatum } from "@rlms/reader";
import type { Core, KeywordArg } from "../compile/ast.js";
import { Variable } from "../compile/ast.js";
import { Exn } from "../errors/exn.js";
import { AmbiguousBinding, type Binding } from "./binding.js";
import type { ExpandContext } from "./context.js";
import { addScope, flipScope, freshScope } from "./scope.js";
import { badSyntax, idName, isIdentifier, listParts, locOf, syntaxError, syntaxList, type Identifier } from "./shape.js";
import { CORE_FORMS } from "./core-forms.js";

/** Resolves an identifier, turning ambiguity into a syntax error. */
export function resolve(id: Identifier, ctx: ExpandContext): Binding | undefined {
  try {
    return ctx.namespace.table.resolve(id);
  } catch (e) {
    if (e instanceof AmbiguousBinding) throw syntaxError(e.name, "identifier's binding is ambiguous", id);
    throw e;
  }
}

function unbound(id: Identifier): Exn {
  const e = syntaxError(idName(id), "unbound identifier", id);
  // Racket's variable errors are exn:fail:syntax at expansion time; keep the kind.
  return e;
}

/** The head identifier of a form and what it is bound to, if the form is `(id ...)`. */
export function headBinding(stx: unknown, ctx: ExpandContext): { id: Identifier; binding: Binding | undefined } | undefined {
  const e = stx instanceof Syntax ? stx.e : stx;
  if (!(e instanceof Pair) || !isIdentifier(e.car)) return undefined;
  return { id: e.car, binding: resolve(e.car, ctx) };
}

/** Applies a macro once: the introduction scope marks what the macro added (hygiene). */
export function applyMacro(transformer: (use: Syntax, ctx: ExpandContext) => unknown, stx: Syntax, ctx: ExpandContext): unknown {
  const intro = freshScope();
  const input = addScope(stx, intro) as Syntax;
  const output = transformer(input, ctx);
  return flipScope(output, intro);
}

const asSyntax = (x: unknown): Syntax => (x instanceof Syntax ? x : new Syntax(x, undefined));

/** Expands an expression. */
export function expandExpression(stx: unknown, ctx: ExpandContext): Core {
  for (;;) {
    if (isIdentifier(stx)) return expandIdentifier(stx, ctx);
    const e = stx instanceof Syntax ? stx.e : stx;
    if (e instanceof Pair) {
      const head = headBinding(stx, ctx);
      if (head !== undefined && head.binding !== undefined) {
        const b = head.binding;
        if (b.kind === "core") {
          const handler = CORE_FORMS.get(b.name);
          if (handler === undefined) throw badSyntax(b.name, stx);
          return handler(asSyntax(stx), ctx);
        }
        if (b.kind === "macro") {
          stx = applyMacro(b.transformer, asSyntax(stx), ctx);
          continue;
        }
      } else if (head !== undefined && head.binding === undefined) {
        throw unbound(head.id);
      }
      return expandApplication(stx, ctx);
    }
    return expandLiteral(stx, ctx);
  }
}

function expandIdentifier(id: Identifier, ctx: ExpandContext): Core {
  const b = resolve(id, ctx);
  const loc = id.loc;
  if (b === undefined) throw unbound(id);
  switch (b.kind) {
    case "local":
      return { kind: "local", variable: b.variable, loc };
    case "global":
      return { kind: "global", cell: b.cell, loc };
    case "core":
    case "macro":
      // A macro used as a plain identifier (`(map when xs)`) is a syntax error in Racket too.
      throw badSyntax(idName(id), id);
  }
}

function expandLiteral(stx: unknown, _ctx: ExpandContext): Core {
  const e = stx instanceof Syntax ? stx.e : stx;
  const loc = locOf(stx);
  if (e === NIL) {
    throw syntaxError("#%app", "missing procedure expression;\n probably originally (), which is an illegal empty application", stx);
  }
  if (e instanceof Keyword) throw syntaxError("#%datum", "keyword misused as an expression", stx);
  if (Array.isArray(e) || e instanceof HashTable || e instanceof Box) return { kind: "quote", value: syntaxToDatum(stx), loc };
  return { kind: "quote", value: e, loc };
}

/** `(f arg ... #:kw arg ...)`: positional and keyword arguments in source order. */
export function expandApplication(stx: unknown, ctx: ExpandContext): Core {
  const { items, tail } = listParts(stx);
  if (tail !== NIL) throw syntaxError("#%app", "bad syntax (illegal use of `.`)", stx);
  // Argument positions do not inherit the name of an enclosing definition.
  ctx = { namespace: ctx.namespace };
  const fn = expandExpression(items[0], ctx);
  const args: Core[] = [];
  const keywords: KeywordArg[] = [];
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    const datum = item instanceof Syntax ? item.e : item;
    if (datum instanceof Keyword) {
      if (i + 1 >= items.length) throw syntaxError("#%app", `missing argument expression after keyword \`#:${datum.name}\``, stx, item);
      if (keywords.some((k) => k.keyword === datum.name)) throw syntaxError("#%app", `duplicate keyword \`#:${datum.name}\``, stx, item);
      keywords.push({ keyword: datum.name, value: expandExpression(items[++i], ctx) });
    } else args.push(expandExpression(item, ctx));
  }
  return { kind: "app", fn, args, keywords, loc: locOf(stx) };
}

// ---- definition contexts ----------------------------------------------------------------------

/** One form of a definition context after the first pass. */
export type BodyItem =
  | { kind: "define"; ids: Identifier[]; rhs: unknown; stx: Syntax }
  | { kind: "expr"; stx: unknown };

/** What a definition context does with the identifiers a definition binds. */
export interface DefinitionSink {
  bind(ids: Identifier[], stx: Syntax): void;
  /** Called before a `define-syntax` binds `id` (the top level refuses scaffold names). */
  bindSyntax?(id: Identifier, stx: Syntax): void;
}

/**
 * First pass over a definition context: expands macros at the head of each form until it is a
 * definition, a `begin` (spliced), a `define-syntax` (bound now) or an expression.
 */
export function partialExpandBody(forms: readonly unknown[], ctx: ExpandContext, sink: DefinitionSink): BodyItem[] {
  const out: BodyItem[] = [];
  const queue = forms.slice().reverse();
  while (queue.length > 0) {
    let stx = queue.pop();
    for (;;) {
      const head = headBinding(stx, ctx);
      const b = head?.binding;
      if (b?.kind === "macro") {
        stx = applyMacro(b.transformer, asSyntax(stx), ctx);
        continue;
      }
      if (b?.kind === "core") {
        if (b.name === "begin") {
          const items = syntaxList(stx);
          if (items === undefined) throw badSyntax("begin", stx);
          for (let i = items.length - 1; i >= 1; i--) queue.push(items[i]);
          break;
        }
        if (b.name === "define-values" || b.name === "define") {
          const def = parseDefinition(asSyntax(stx), b.name);
          sink.bind(def.ids, asSyntax(stx));
          out.push({ kind: "define", ids: def.ids, rhs: def.rhs, stx: asSyntax(stx) });
          break;
        }
        if (b.name === "define-syntax" || b.name === "define-syntaxes") {
          const target = syntaxList(stx)?.[1];
          if (isIdentifier(target)) sink.bindSyntax?.(target, asSyntax(stx));
          defineSyntax(asSyntax(stx), ctx);
          break;
        }
      }
      out.push({ kind: "expr", stx });
      break;
    }
  }
  return out;
}

/** `(define id expr)`, `(define (f . formals) body ...)`, curried heads, and `define-values`. */
export function parseDefinition(stx: Syntax, form: "define" | "define-values"): { ids: Identifier[]; rhs: unknown } {
  const items = syntaxList(stx);
  if (items === undefined || items.length < 2) throw badSyntax(form, stx);
  if (form === "define-values") {
    const ids = syntaxList(items[1]);
    if (items.length !== 3 || ids === undefined || !ids.every(isIdentifier)) throw badSyntax(form, stx);
    return { ids: ids as Identifier[], rhs: items[2] };
  }
  let target = items[1];
  let rest = items.slice(2);
  // `(define ((f a) b) body)` = `(define (f a) (lambda (b) body))`, repeatedly.
  for (;;) {
    if (isIdentifier(target)) {
      if (rest.length !== 1) {
        throw syntaxError("define", rest.length === 0 ? "bad syntax (missing expression after identifier)" : "bad syntax (multiple expressions after identifier)", stx);
      }
      return { ids: [target], rhs: rest[0] };
    }
    const { items: head, tail } = listParts(target);
    if (head.length === 0) throw badSyntax("define", stx);
    if (rest.length === 0) throw syntaxError("define", "bad syntax (no expressions for procedure body)", stx);
    const lambda = new Syntax(new Pair(lambdaId(stx), new Pair(rebuild(head.slice(1), tail, target), list(rest))), locOf(stx), []);
    target = head[0];
    rest = [lambda];
  }
}

import { coreId } from "./shape.js";
const lambdaId = (stx: Syntax) => coreId("lambda", stx.loc);
function rebuild(items: unknown[], tail: unknown, like: unknown): Syntax {
  return new Syntax(list(items, tail), locOf(like), like instanceof Syntax ? like.scopes : []);
}

import { compileSyntaxRules } from "./syntax-rules.js";

/** `(define-syntax id (syntax-rules ...))`: binds the macro in the current scopes. */
export function defineSyntax(stx: Syntax, ctx: ExpandContext): void {
  const items = syntaxList(stx);
  if (items === undefined || items.length !== 3 || !isIdentifier(items[1])) throw badSyntax("define-syntax", stx);
  const id = items[1];
  ctx.namespace.table.add(id, { kind: "macro", name: idName(id), transformer: makeTransformer(items[2], ctx, idName(id)) });
}

/** A transformer from its expression: only `syntax-rules` (possibly behind a macro) is supported. */
export function makeTransformer(spec: unknown, ctx: ExpandContext, name: string): (use: Syntax, ctx: ExpandContext) => unknown {
  const head = headBinding(spec, ctx);
  if (head?.binding?.kind === "core" && head.binding.name === "syntax-rules") {
    const rules = compileSyntaxRules(asSyntax(spec), {
      sameBinding: (a, b) => sameBinding(a as Identifier, b as Identifier, ctx),
      isEllipsis: (id) => isCoreNamed(id as Identifier, "...", ctx),
      isUnderscore: (id) => isCoreNamed(id as Identifier, "_", ctx),
    }, name);
    return (use) => rules(use);
  }
  throw syntaxError("define-syntax", "only `syntax-rules` transformers are supported", spec);
}

/** free-identifier=?: same binding, or both unbound with the same name. */
export function sameBinding(a: Identifier, b: Identifier, ctx: ExpandContext): boolean {
  const ba = resolve(a, ctx);
  const bb = resolve(b, ctx);
  if (ba === undefined || bb === undefined) return ba === bb && idName(a) === idName(b);
  if (ba.kind !== bb.kind) return false;
  switch (ba.kind) {
    case "local":
      return bb.kind === "local" && ba.variable === bb.variable;
    case "global":
      return bb.kind === "global" && ba.cell === bb.cell;
    case "core":
      return bb.kind === "core" && ba.name === bb.name;
    case "macro":
      return bb.kind === "macro" && ba.transformer === bb.transformer;
  }
}

function isCoreNamed(id: Identifier, name: string, ctx: ExpandContext): boolean {
  if (idName(id) !== name) return false;
  const b = resolve(id, ctx);
  return b === undefined || (b.kind === "core" && b.name === name);
}

/**
 * A lambda or `let` body: an internal-definition context with letrec* semantics. Returns the
 * core body; its definitions are local variables of a `letrec`.
 */
export function expandBody(forms: readonly unknown[], ctx: ExpandContext, form: unknown): Core {
  if (forms.length === 0) throw syntaxError(bodyOwner(form), "bad syntax (no expressions for body)", form);
  // A fresh scope for the body, so its definitions do not bind names outside it.
  const scope = freshScope();
  const scoped = forms.map((f) => addScope(f, scope));
  const variables: Variable[] = [];
  const items = partialExpandBody(scoped, ctx, {
    bind(ids) {
      for (const id of ids) {
        const v = new Variable(idName(id));
        variables.push(v);
        ctx.namespace.table.add(id, { kind: "local", variable: v });
      }
    },
  });
  if (items.length === 0 || items[items.length - 1]!.kind !== "expr") {
    throw syntaxError(bodyOwner(form), "no expression after a sequence of internal definitions", form);
  }
  const body: Core[] = [];
  for (const item of items) {
    if (item.kind === "expr") {
      body.push(expandExpression(item.stx, ctx));
      continue;
    }
    const vars = item.ids.map((id) => {
      const b = ctx.namespace.table.resolve(id);
      if (b?.kind !== "local") throw new Error("internal: definition not bound");
      return b.variable;
    });
    const value = expandExpression(item.rhs, { ...ctx, nameHint: item.ids.length === 1 ? idName(item.ids[0]!) : undefined });
    body.push(initialize(vars, value, item.stx));
  }
  const seq: Core = body.length === 1 ? body[0]! : { kind: "begin", body, loc: locOf(form) };
  if (variables.length === 0) return seq;
  return { kind: "letrec", variables, inits: [], body: seq, loc: locOf(form) };
}

/** The assignment that initialises definitions (one value, or several through let-values). */
function initialize(vars: Variable[], value: Core, stx: Syntax): Core {
  if (vars.length === 1) return { kind: "set-local", variable: vars[0]!, value, loc: stx.loc, init: true };
  const temps = vars.map((v) => new Variable(v.name));
  return {
    kind: "let-values",
    formals: [{ required: temps, rest: undefined }],
    inits: [value],
    body: { kind: "begin", body: vars.map((v, i): Core => ({ kind: "set-local", variable: v, value: { kind: "local", variable: temps[i]! }, init: true })) },
    loc: stx.loc,
  };
}

function bodyOwner(form: unknown): string {
  const head = form instanceof Syntax && form.e instanceof Pair && isIdentifier(form.e.car) ? idName(form.e.car) : "body";
  return head;
}
