// Looking at syntax: identifiers, lists in either shape (a Syntax wrapping pairs, or pairs whose
// tails may themselves be Syntax), and building new syntax.

import { EMPTY_SCOPES, NIL, Pair, Sym, Syntax, sym, syntaxToDatum, write, type ScopeSet, type SourceLocation } from "@rlms/reader";
import { Exn } from "../errors/exn.js";

export type Identifier = Syntax & { readonly e: Sym };

export function isIdentifier(x: unknown): x is Identifier {
  return x instanceof Syntax && x.e instanceof Sym;
}

export function idName(id: Identifier): string {
  return id.e.name;
}

/** The elements of a syntax list and its tail (NIL for a proper list). */
export function listParts(x: unknown): { items: unknown[]; tail: unknown } {
  const items: unknown[] = [];
  let p = x instanceof Syntax ? x.e : x;
  for (;;) {
    if (p instanceof Pair) {
      items.push(p.car);
      p = p.cdr;
    } else if (p instanceof Syntax && (p.e instanceof Pair || p.e === NIL)) {
      p = p.e;
    } else return { items, tail: p };
  }
}

/** The elements of a proper syntax list, or undefined. */
export function syntaxList(x: unknown): unknown[] | undefined {
  const { items, tail } = listParts(x);
  return tail === NIL ? items : undefined;
}

export function isPairLike(x: unknown): boolean {
  return x instanceof Pair || (x instanceof Syntax && x.e instanceof Pair);
}

export function locOf(x: unknown): SourceLocation | undefined {
  return x instanceof Syntax ? x.loc : undefined;
}

/** The datum inside, for messages and quoting. */
export function strip(x: unknown): unknown {
  return syntaxToDatum(x);
}

/** A syntax error in Racket's shape: `who: message` and an `in:` line showing the form. */
export function syntaxError(who: string, message: string, form: unknown, at: unknown = form): Exn {
  const shown = form === undefined ? "" : `\n  in: ${truncate(write(strip(form)))}`;
  return new Exn("exn:fail:syntax", `${who}: ${message}${shown}`, locOf(at) ?? locOf(form));
}

export function badSyntax(who: string, form: unknown, at: unknown = form): Exn {
  return syntaxError(who, "bad syntax", form, at);
}

function truncate(s: string): string {
  return s.length > 200 ? s.slice(0, 197) + "..." : s;
}

// ---- building syntax ------------------------------------------------------------------------

/**
 * An identifier with no scopes: it refers to the core form or library binding of that name
 * whatever the user has bound locally or at top level (so macros written in TypeScript are
 * hygienic by construction).
 */
export function coreId(name: string, loc?: SourceLocation): Identifier {
  return new Syntax(sym(name), loc, EMPTY_SCOPES) as Identifier;
}

/** An identifier that can bind and be referred to only by this exact Syntax's scopes. */
export function identifierWithScopes(name: string, scopes: ScopeSet, loc?: SourceLocation): Identifier {
  return new Syntax(sym(name), loc, scopes) as Identifier;
}

/** A syntax list of the given elements (and optional tail) at `loc`. */
export function mkList(items: readonly unknown[], loc: SourceLocation | undefined, tail: unknown = NIL): Syntax {
  let out = tail;
  for (let i = items.length - 1; i >= 0; i--) out = new Pair(items[i], out);
  return new Syntax(out, loc, EMPTY_SCOPES);
}

/**
 * `datum->syntax` for code built at run time (`eval` of a quoted list): every pair, vector
 * element and atom becomes syntax with the given scopes. Existing syntax is kept as it is.
 */
export function datumToSyntax(x: unknown, scopes: ScopeSet, loc?: SourceLocation): unknown {
  if (x instanceof Syntax) return x;
  if (x instanceof Pair) {
    const items: unknown[] = [];
    let p: unknown = x;
    while (p instanceof Pair) {
      items.push(datumToSyntax(p.car, scopes, loc));
      p = p.cdr;
    }
    let out: unknown = p === NIL ? NIL : datumToSyntax(p, scopes, loc);
    for (let i = items.length - 1; i >= 0; i--) out = new Pair(items[i], out);
    return new Syntax(out, loc, scopes);
  }
  if (Array.isArray(x)) return new Syntax(Object.freeze(x.map((v) => datumToSyntax(v, scopes, loc))), loc, scopes);
  return new Syntax(x, loc, scopes);
}
