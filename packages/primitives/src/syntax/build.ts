// Building and taking apart syntax in the library's macros (struct, match, for, require), in the
// style of the evaluator's derived forms: `core(name)` refers to the core form or library binding
// of that name whatever the user has bound; `temp(name)` is a fresh identifier that nothing else
// can refer to (a scope of its own), so generated loops and temporaries never capture anything
// even when one expansion nests several of them.

import { Keyword, Pair, Syntax, write, type SourceLocation } from "@rlms/reader";
import { macros } from "@rlms/evaluator";

export type Identifier = macros.Identifier;
export type ExpandContext = macros.ExpandContext;
export type Transformer = macros.Transformer;

export const { badSyntax, idName, isIdentifier, isKeywordId, listParts, mkList, strip, syntaxError, syntaxList } = macros;

/** `(item ...)` at `loc`. */
export const L = (loc: SourceLocation | undefined, ...items: unknown[]): Syntax => macros.mkList(items, loc);

/** A reference to the core form or library binding `name`. */
export const core = (name: string, loc?: SourceLocation): Identifier => macros.coreId(name, loc);

/** A fresh identifier: bound and referred to only by the code that made it. */
export const temp = (name: string, loc?: SourceLocation): Identifier => macros.identifierWithScopes(name, [macros.freshScope()], loc);

/** An identifier named `name` that binds like `like` (Racket's format-id: `p` → `p-x`). */
export const derivedId = (name: string, like: Identifier): Identifier => macros.identifierWithScopes(name, like.scopes, like.loc);

export const quoted = (datum: unknown, loc?: SourceLocation): Syntax => L(loc, core("quote", loc), datum);

/** A literal value as syntax (strings, numbers, booleans, symbols via `quoted`). */
export const literal = (value: unknown, loc?: SourceLocation): Syntax => new Syntax(value, loc, []);

/** The keyword name of `#:kw` syntax (without `#:`), or undefined. */
export function keywordName(x: unknown): string | undefined {
  const e = x instanceof Syntax ? x.e : x;
  return e instanceof Keyword ? e.name : undefined;
}

/** Does the identifier refer to anything (a variable, a macro, a core form)? */
export const isBound = (id: Identifier, ctx: ExpandContext): boolean => macros.resolve(id, ctx) !== undefined;

/** The location of a piece of syntax, if it has one. */
export const locOf = (x: unknown): SourceLocation | undefined => macros.locOf(x);

/**
 * Racket's syntax errors that point at a sub-form: `who: message\n  at: sub\n  in: form`.
 */
export function syntaxErrorAt(who: string, message: string, form: unknown, at: unknown) {
  return macros.syntaxError(who, `${message}\n  at: ${write(macros.strip(at))}`, form, at);
}

/** The elements of a proper list form, or a `bad syntax` error. */
export function formParts(stx: Syntax, who: string, min: number): unknown[] {
  const items = macros.syntaxList(stx);
  if (items === undefined || items.length < min) throw macros.badSyntax(who, stx);
  return items;
}

/**
 * A body (an internal-definition context) as one expression: `(let () form ...)`, or the form
 * itself when it cannot be a definition: an atom, an identifier, or a call of a variable.
 * (Every binding form costs the expander a pass over its body, so it is worth leaving out.)
 */
export function bodyExpr(body: readonly unknown[], loc: SourceLocation | undefined, ctx: ExpandContext): unknown {
  if (body.length === 1 && cannotDefine(body[0], ctx)) return body[0];
  return L(loc, core("let", loc), L(loc), ...body);
}

/** Core forms that are expressions (unlike `begin`, `define`...). */
const EXPRESSION_FORMS = new Set(["quote", "if", "lambda", "λ", "case-lambda", "let", "letrec", "letrec*", "let-values", "set!", "begin0"]);

function cannotDefine(form: unknown, ctx: ExpandContext): boolean {
  const e = form instanceof Syntax ? form.e : form;
  if (!(e instanceof Pair)) return true;
  const head = e.car;
  if (!macros.isIdentifier(head)) return true; // `((f) x)`: an application
  const b = macros.resolve(head, ctx);
  return b !== undefined && (b.kind === "local" || b.kind === "global" || (b.kind === "core" && EXPRESSION_FORMS.has(b.name)));
}

/** `(begin form ...)`, or the form itself when there is one. */
export const sequence = (forms: readonly unknown[], loc?: SourceLocation): unknown => (forms.length === 1 ? forms[0] : L(loc, core("begin", loc), ...forms));
