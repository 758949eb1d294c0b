// Small views over syntax as the expander sees it. Syntax reaches us in several equivalent shapes:
// the reader wraps a whole list in one Syntax whose `e` is a chain of bare pairs, while syntax
// built by macros may be a bare pair chain, or have a Syntax (wrapping a pair, NIL or a dotted
// tail) in any cdr along the spine. These helpers let pattern matching and template compilation
// treat all of those as the same list without copying or rewrapping any element, so identifiers
// keep their scopes.

import { NIL, Pair, Sym, Syntax, type ScopeSet, type SourceLocation } from "@rlms/reader";

/** An identifier: a Syntax wrapping a symbol. (A bare symbol has no scopes, so it is data.) */
export type Identifier = Syntax & { readonly e: Sym };

export function isIdentifier(x: unknown): x is Identifier {
  return x instanceof Syntax && x.e instanceof Sym;
}

/** The datum directly inside a Syntax (one level only), or `x` itself. */
export function unwrap(x: unknown): unknown {
  return x instanceof Syntax ? x.e : x;
}

/** `()` or a Syntax wrapping it. */
export function isEmptyList(x: unknown): boolean {
  return x === NIL || (x instanceof Syntax && x.e === NIL);
}

/** A list (proper or dotted) as its elements and what ends it. */
export interface ListView {
  /** The cars along the spine, exactly as stored (Syntax or bare data). */
  readonly items: readonly unknown[];
  /** NIL for a proper list; otherwise the non-pair object ending the spine, as stored. */
  readonly tail: unknown;
  /** The Syntax around the head of the list, if there was one (its loc and scopes describe the list). */
  readonly wrapper: Syntax | undefined;
}

/**
 * Views `x` as a list: a pair chain or `()`, bare or wrapped in Syntax, with Syntax-wrapped cdrs
 * looked through. Returns undefined when `x` is not a pair or the empty list.
 */
export function viewList(x: unknown): ListView | undefined {
  let wrapper: Syntax | undefined;
  let p = x;
  if (p instanceof Syntax) {
    wrapper = p;
    p = p.e;
  }
  if (p === NIL) return { items: [], tail: NIL, wrapper };
  if (!(p instanceof Pair)) return undefined;
  const items: unknown[] = [];
  for (;;) {
    if (p instanceof Syntax && (p.e instanceof Pair || p.e === NIL)) p = p.e;
    if (!(p instanceof Pair)) break;
    items.push(p.car);
    p = p.cdr;
  }
  return { items, tail: p, wrapper };
}

/** The elements of a vector (a Syntax wrapping a JS array, or a bare array), else undefined. */
export function viewVector(x: unknown): readonly unknown[] | undefined {
  const e = unwrap(x);
  return Array.isArray(e) ? e : undefined;
}

/** Both scope sets are sorted ascending (see ScopeSet), so equality and inclusion are merges. */
export function scopesEqual(a: ScopeSet, b: ScopeSet): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Is every scope of `a` also in `b`? */
export function scopesSubset(a: ScopeSet, b: ScopeSet): boolean {
  if (a.length > b.length) return false;
  let j = 0;
  for (const s of a) {
    while (j < b.length && b[j] < s) j++;
    if (j === b.length || b[j] !== s) return false;
    j++;
  }
  return true;
}

/**
 * `bound-identifier=?`: same name and same scopes. This is the comparison for identifiers that
 * must be "the same identifier" within one form (literals, pattern variables, a custom
 * ellipsis), as opposed to free-identifier=?, which asks whether two names mean the same binding.
 */
export function boundIdentifierEq(a: Identifier, b: Identifier): boolean {
  return a.e === b.e && scopesEqual(a.scopes, b.scopes);
}

/** The first source location found on `x` (itself, else nothing): for error reporting. */
export function locOf(x: unknown): SourceLocation | undefined {
  return x instanceof Syntax ? x.loc : undefined;
}
