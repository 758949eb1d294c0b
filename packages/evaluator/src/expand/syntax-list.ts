// Small views over syntax as the expander sees it. Syntax reaches us in several equivalent shapes:
// the reader wraps a whole list in one Syntax whose `e` is a chain of bare pairs, while syntax
// built by macros may be a bare pair chain, or have a Syntax (wrapping a pair, NIL or a dotted
// tail) in any cdr along the spine. These helpers let pattern matching and template compilation
// treat all of those as the same list without copying or rewrapping any element, so identifiers
// keep their scopes.

import { NIL, Pair, Syntax } from "@rlms/reader";
import { sameScopes } from "./scope.js";
import type { Identifier } from "./shape.js";

// Identifiers (a Syntax wrapping a symbol; a bare symbol has no scopes, so it is data), source
// locations and scope-set comparisons are the expander's own: shape.ts and scope.ts.
export { isIdentifier, locOf, type Identifier } from "./shape.js";
export { isSubset as scopesSubset } from "./scope.js";

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

/**
 * `bound-identifier=?`: same name and same scopes. This is the comparison for identifiers that
 * must be "the same identifier" within one form (literals, pattern variables, a custom
 * ellipsis), as opposed to free-identifier=?, which asks whether two names mean the same binding.
 */
export function boundIdentifierEq(a: Identifier, b: Identifier): boolean {
  return a.e === b.e && sameScopes(a.scopes, b.scopes);
}
