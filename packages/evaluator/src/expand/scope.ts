// Sets of scopes (Flatt, "Binding as Sets of Scopes", 2016): the small core of hygiene.
//
// A scope is a number; a scope set is a sorted array of them (see ScopeSet in @rlms/reader).
// An identifier refers to the binding whose scope set is the largest subset of the identifier's
// own. Adding a scope to a piece of syntax adds it to every identifier inside; flipping (add if
// absent, remove if present) marks what a macro introduced.
//
// Propagation is eager: adding a scope rebuilds the syntax tree. Sharing is kept where nothing
// changes, and the trees that get rebuilt are lambda bodies and macro inputs/outputs.

import { EMPTY_SCOPES, NIL, Pair, Syntax, type ScopeSet } from "@rlms/reader";

export type Scope = number;
let nextScope = 1;

export function freshScope(): Scope {
  return nextScope++;
}

export function scopeSetAdd(set: ScopeSet, s: Scope): ScopeSet {
  let i = 0;
  while (i < set.length && set[i]! < s) i++;
  if (set[i] === s) return set;
  const out = set.slice();
  out.splice(i, 0, s);
  return out;
}

export function scopeSetRemove(set: ScopeSet, s: Scope): ScopeSet {
  const i = set.indexOf(s);
  if (i < 0) return set;
  const out = set.slice();
  out.splice(i, 1);
  return out;
}

export function scopeSetFlip(set: ScopeSet, s: Scope): ScopeSet {
  return set.includes(s) ? scopeSetRemove(set, s) : scopeSetAdd(set, s);
}

/** Is every scope of `a` in `b`? Both sorted. */
export function isSubset(a: ScopeSet, b: ScopeSet): boolean {
  if (a.length > b.length) return false;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    while (j < b.length && b[j]! < x) j++;
    if (b[j] !== x) return false;
    j++;
  }
  return true;
}

export function sameScopes(a: ScopeSet, b: ScopeSet): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

type ScopeOp = (set: ScopeSet) => ScopeSet;

/** Applies `op` to the scope set of every syntax object in `x` (a syntax object or bare datum). */
export function mapScopes(x: unknown, op: ScopeOp): unknown {
  if (x instanceof Syntax) {
    const e = mapScopesInDatum(x.e, op);
    const scopes = op(x.scopes);
    return e === x.e && scopes === x.scopes ? x : new Syntax(e, x.loc, scopes);
  }
  return mapScopesInDatum(x, op);
}

function mapScopesInDatum(e: unknown, op: ScopeOp): unknown {
  if (e instanceof Pair) {
    // Rebuild the spine iteratively: long lists must not grow the JS stack.
    const items: unknown[] = [];
    let p: unknown = e;
    while (p instanceof Pair) {
      items.push(mapScopes(p.car, op));
      p = p.cdr;
    }
    let out = p === NIL ? NIL : mapScopes(p, op);
    for (let i = items.length - 1; i >= 0; i--) out = new Pair(items[i], out);
    return out;
  }
  if (Array.isArray(e)) return Object.freeze(e.map((v) => mapScopes(v, op)));
  return e;
}

export const addScope = (x: unknown, s: Scope): unknown => mapScopes(x, (set) => scopeSetAdd(set, s));
export const flipScope = (x: unknown, s: Scope): unknown => mapScopes(x, (set) => scopeSetFlip(set, s));
export const removeScope = (x: unknown, s: Scope): unknown => mapScopes(x, (set) => scopeSetRemove(set, s));

export { EMPTY_SCOPES };
