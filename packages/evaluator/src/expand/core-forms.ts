// The forms the expander knows directly. Everything else is a macro over these.

import { NIL, Syntax, list, syntaxToDatum } from "@rlms/reader";
import { Variable, type Core, type LambdaForm, type ValuesFormals } from "../compile/ast.js";
import type { ExpandContext } from "./context.js";
import { expandBody, expandExpression, makeTransformer, resolve } from "./expander.js";
import { parseFormals } from "./lambda-formals.js";
import { addScope, freshScope } from "./scope.js";
import { badSyntax, idName, isIdentifier, listParts, locOf, syntaxError, syntaxList, type Identifier } from "./shape.js";

type CoreForm = (stx: Syntax, ctx: ExpandContext) => Core;

function parts(stx: Syntax, who: string, min: number, max = Infinity): unknown[] {
  const items = syntaxList(stx);
  if (items === undefined || items.length < min || items.length > max) throw badSyntax(who, stx);
  return items;
}

const bindLocal = (id: Identifier, ctx: ExpandContext): Variable => {
  const v = new Variable(idName(id));
  ctx.namespace.table.add(id, { kind: "local", variable: v });
  return v;
};

/** Parses and expands a lambda: a fresh scope for parameters and body. */
export function expandLambda(formals: unknown, body: unknown[], stx: Syntax, ctx: ExpandContext, who: string): LambdaForm {
  const scope = freshScope();
  const parsed = parseFormals(addScope(formals, scope), stx, who);
  const scopedBody = body.map((b) => addScope(b, scope));
  const name = ctx.nameHint;
  const inner: ExpandContext = { namespace: ctx.namespace };
  // Parameters bind in order; default expressions see the parameters before them.
  const required = parsed.required.map((id) => bindLocal(id, inner));
  const optional = parsed.optional.map((o) => ({ variable: bindLocal(o.id, inner), init: expandExpression(o.init, inner) }));
  const keywords = parsed.keywords.map((k) => ({
    keyword: k.keyword,
    variable: bindLocal(k.id, inner),
    init: k.init === undefined ? undefined : expandExpression(k.init, inner),
  }));
  const rest = parsed.rest === undefined ? undefined : bindLocal(parsed.rest, inner);
  return { name, required, optional, rest, keywords, body: expandBody(scopedBody, inner, stx), loc: stx.loc };
}

const lambda: CoreForm = (stx, ctx) => {
  const items = parts(stx, "lambda", 3);
  return { kind: "lambda", lambda: expandLambda(items[1], items.slice(2), stx, ctx, "lambda"), loc: stx.loc };
};

const caseLambda: CoreForm = (stx, ctx) => {
  const items = parts(stx, "case-lambda", 1);
  const clauses = items.slice(1).map((clause) => {
    const c = syntaxList(clause);
    if (c === undefined || c.length < 2) throw badSyntax("case-lambda", stx, clause);
    const l = expandLambda(c[0], c.slice(1), stx, ctx, "case-lambda");
    if (l.optional.length > 0 || l.keywords.length > 0) throw syntaxError("case-lambda", "optional and keyword arguments are not allowed in a case-lambda clause", stx, clause);
    return l;
  });
  return { kind: "case-lambda", clauses, name: ctx.nameHint, loc: stx.loc };
};

const quote: CoreForm = (stx) => {
  const items = parts(stx, "quote", 2, 2);
  return { kind: "quote", value: syntaxToDatum(items[1]), loc: stx.loc };
};

const ifForm: CoreForm = (stx, ctx) => {
  const items = syntaxList(stx);
  if (items === undefined || items.length !== 4) {
    // Racket requires the else branch; say so instead of a bare "bad syntax".
    if (items?.length === 3) throw syntaxError("if", "missing an \"else\" expression", stx);
    throw badSyntax("if", stx);
  }
  const inner = { namespace: ctx.namespace };
  return {
    kind: "if",
    test: expandExpression(items[1], inner),
    then: expandExpression(items[2], inner),
    else: expandExpression(items[3], inner),
    loc: stx.loc,
  };
};

const begin: CoreForm = (stx, ctx) => {
  const items = parts(stx, "begin", 2);
  const inner = { namespace: ctx.namespace };
  const body = items.slice(1).map((x) => expandExpression(x, inner));
  return body.length === 1 ? body[0]! : { kind: "begin", body, loc: stx.loc };
};

/** `(begin0 e rest ...)`: the value of `e`, after running the rest. */
const begin0: CoreForm = (stx, ctx) => {
  const items = parts(stx, "begin0", 2);
  const inner = { namespace: ctx.namespace };
  const first = expandExpression(items[1], inner);
  if (items.length === 2) return first;
  const rest = items.slice(2).map((x) => expandExpression(x, inner));
  const tmp = new Variable("begin0-result");
  // Multiple values of `e` pass through: bind them all with a rest formal and re-deliver.
  return {
    kind: "let-values",
    formals: [{ required: [], rest: tmp }],
    inits: [first],
    body: {
      kind: "begin",
      body: [
        ...rest,
        { kind: "app", fn: { kind: "quote", value: KERNEL.apply }, args: [{ kind: "quote", value: KERNEL.values }, { kind: "local", variable: tmp }], keywords: [] },
      ],
    },
    loc: stx.loc,
  };
};

/** Kernel procedures core forms expand into directly (set once by the evaluator). */
const KERNEL: { apply: unknown; values: unknown } = { apply: undefined, values: undefined };
export function setKernelProcedures(apply: unknown, values: unknown): void {
  KERNEL.apply = apply;
  KERNEL.values = values;
}

/** `(let ([x e] ...) body ...)` and named let. */
const letForm: CoreForm = (stx, ctx) => {
  const items = parts(stx, "let", 3);
  if (isIdentifier(items[1])) return namedLet(stx, items, ctx);
  const bindings = bindingPairs(items[1], stx, "let");
  const inits = bindings.map(([id, init]) => expandExpression(init, { namespace: ctx.namespace, nameHint: idName(id) }));
  const scope = freshScope();
  const inner: ExpandContext = { namespace: ctx.namespace };
  const variables = bindings.map(([id]) => bindLocal(addScope(id, scope) as Identifier, inner));
  checkDistinct(bindings.map(([id]) => id), stx, "let");
  const body = expandBody(items.slice(2).map((b) => addScope(b, scope)), inner, stx);
  return { kind: "let", variables, inits, body, loc: stx.loc };
};

/** `(let loop ([x e] ...) body ...)` = `((letrec ([loop (lambda (x ...) body ...)]) loop) e ...)`. */
function namedLet(stx: Syntax, items: unknown[], ctx: ExpandContext): Core {
  if (items.length < 4) throw badSyntax("let", stx);
  const name = items[1] as Identifier;
  const bindings = bindingPairs(items[2], stx, "let");
  const inits = bindings.map(([, init]) => expandExpression(init, { namespace: ctx.namespace }));
  const scope = freshScope();
  const inner: ExpandContext = { namespace: ctx.namespace, nameHint: idName(name) };
  const loopVar = bindLocal(addScope(name, scope) as Identifier, inner);
  const formals = new Syntax(list(bindings.map(([id]) => addScope(id, scope))), locOf(items[2]), []);
  const proc = expandLambda(formals, items.slice(3).map((b) => addScope(b, scope)), stx, inner, "let");
  return {
    kind: "app",
    fn: {
      kind: "letrec",
      variables: [loopVar],
      inits: [],
      body: { kind: "begin", body: [{ kind: "set-local", variable: loopVar, value: { kind: "lambda", lambda: proc }, init: true }, { kind: "local", variable: loopVar }] },
    },
    args: inits,
    keywords: [],
    loc: stx.loc,
  };
}

function bindingPairs(x: unknown, stx: Syntax, who: string): [Identifier, unknown][] {
  const list = syntaxList(x);
  if (list === undefined) throw badSyntax(who, stx, x);
  return list.map((b) => {
    const p = syntaxList(b);
    if (p === undefined || p.length !== 2 || !isIdentifier(p[0])) throw syntaxError(who, "bad syntax (not an identifier and expression for a binding)", stx, b);
    return [p[0], p[1]];
  });
}

function checkDistinct(ids: Identifier[], stx: Syntax, who: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    const key = `${idName(id)}\u0000${id.scopes.join(",")}`;
    if (seen.has(key)) throw syntaxError(who, "duplicate identifier", stx, id);
    seen.add(key);
  }
}

/** `(letrec ([x e] ...) body ...)`: letrec* semantics, like an internal-definition body. */
const letrec: CoreForm = (stx, ctx) => {
  const items = parts(stx, "letrec", 3);
  const bindings = bindingPairs(items[1], stx, "letrec");
  checkDistinct(bindings.map(([id]) => id), stx, "letrec");
  const scope = freshScope();
  const inner: ExpandContext = { namespace: ctx.namespace };
  const variables = bindings.map(([id]) => bindLocal(addScope(id, scope) as Identifier, inner));
  const inits: Core[] = bindings.map(([id, init], i) => ({
    kind: "set-local",
    variable: variables[i]!,
    value: expandExpression(addScope(init, scope), { namespace: ctx.namespace, nameHint: idName(id) }),
    init: true,
  }));
  const body = expandBody(items.slice(2).map((b) => addScope(b, scope)), inner, stx);
  return { kind: "letrec", variables, inits: [], body: { kind: "begin", body: [...inits, body] }, loc: stx.loc };
};

/** `(let-values ([(a b . c) e] ...) body ...)`. */
const letValues: CoreForm = (stx, ctx) => {
  const items = parts(stx, "let-values", 3);
  const clauses = syntaxList(items[1]);
  if (clauses === undefined) throw badSyntax("let-values", stx);
  const parsed = clauses.map((c) => {
    const p = syntaxList(c);
    if (p === undefined || p.length !== 2) throw badSyntax("let-values", stx, c);
    const { items: ids, tail } = listParts(p[0]);
    if (!ids.every(isIdentifier) || (tail !== NIL && !isIdentifier(tail))) throw badSyntax("let-values", stx, c);
    return { ids: ids as Identifier[], rest: tail === NIL ? undefined : (tail as Identifier), init: p[1] };
  });
  const inits = parsed.map((p) => expandExpression(p.init, { namespace: ctx.namespace }));
  const scope = freshScope();
  const inner: ExpandContext = { namespace: ctx.namespace };
  const formals: ValuesFormals[] = parsed.map((p) => ({
    required: p.ids.map((id) => bindLocal(addScope(id, scope) as Identifier, inner)),
    rest: p.rest === undefined ? undefined : bindLocal(addScope(p.rest, scope) as Identifier, inner),
  }));
  checkDistinct(parsed.flatMap((p) => (p.rest ? [...p.ids, p.rest] : p.ids)), stx, "let-values");
  const body = expandBody(items.slice(2).map((b) => addScope(b, scope)), inner, stx);
  return { kind: "let-values", formals, inits, body, loc: stx.loc };
};

const setForm: CoreForm = (stx, ctx) => {
  const items = parts(stx, "set!", 3, 3);
  const id = items[1];
  if (!isIdentifier(id)) throw syntaxError("set!", "not an identifier", stx, id);
  const b = resolve(id, ctx);
  const value = expandExpression(items[2], { namespace: ctx.namespace, nameHint: idName(id) });
  if (b === undefined) throw syntaxError(idName(id), "unbound identifier", stx, id);
  switch (b.kind) {
    case "local":
      b.variable.mutated = true;
      return { kind: "set-local", variable: b.variable, value, loc: stx.loc };
    case "global":
      if (b.cell.isProtected) throw syntaxError("set!", `cannot redefine scaffold binding ${idName(id)}`, stx, id);
      if (b.cell.constant) throw syntaxError("set!", "cannot mutate module-required identifier", stx, id);
      return { kind: "set-global", cell: b.cell, value, loc: stx.loc };
    default:
      throw syntaxError("set!", "cannot mutate syntax identifier", stx, id);
  }
};

const notInExpression = (who: string): CoreForm => (stx) => {
  throw syntaxError(who, "not allowed in an expression context", stx);
};

/** `(let-syntax ([m (syntax-rules ...)] ...) body ...)`; letrec-syntax lets the macros see each other. */
const letSyntax = (recursive: boolean): CoreForm => (stx, ctx) => {
  const who = recursive ? "letrec-syntax" : "let-syntax";
  const items = parts(stx, who, 3);
  const bindings = bindingPairs(items[1], stx, who);
  const scope = freshScope();
  for (const [id, spec] of bindings) {
    const transformer = makeTransformer(recursive ? addScope(spec, scope) : spec, ctx, idName(id));
    ctx.namespace.table.add(addScope(id, scope) as Identifier, { kind: "macro", name: idName(id), transformer });
  }
  return expandBody(items.slice(2).map((b) => addScope(b, scope)), { namespace: ctx.namespace }, stx);
};

/** `(#%app f arg ...)` written explicitly. */
import { expandApplication } from "./expander.js";
const app: CoreForm = (stx, ctx) => {
  const { items } = listParts(stx);
  return expandApplication(new Syntax(list(items.slice(1)), stx.loc, stx.scopes), ctx);
};

/** Top-level or internal `define` reached in expression position. */
export const CORE_FORMS = new Map<string, CoreForm>([
  ["lambda", lambda],
  ["λ", lambda],
  ["case-lambda", caseLambda],
  ["quote", quote],
  ["if", ifForm],
  ["begin", begin],
  ["begin0", begin0],
  ["let", letForm],
  ["letrec", letrec],
  ["letrec*", letrec],
  ["let-values", letValues],
  ["set!", setForm],
  ["define", notInExpression("define")],
  ["define-values", notInExpression("define-values")],
  ["define-syntax", notInExpression("define-syntax")],
  ["let-syntax", letSyntax(false)],
  ["letrec-syntax", letSyntax(true)],
  ["syntax-rules", (stx) => { throw syntaxError("syntax-rules", "only allowed as a macro transformer", stx); }],
  ["#%app", app],
  ["...", (stx) => { throw syntaxError("...", "ellipses not allowed as an expression", stx); }],
  ["_", (stx) => { throw syntaxError("_", "wildcard not allowed as an expression", stx); }],
  ["else", (stx) => { throw syntaxError("else", "not allowed as an expression", stx); }],
  ["=>", (stx) => { throw syntaxError("=>", "not allowed as an expression", stx); }],
]);

