// Syntax objects: a datum with its source location and the set of scopes the expander attached.
//
// The reader produces them with positions for every node: a list's Syntax wraps a chain of pairs
// whose cars are Syntax (and whose dotted tail, if any, is a Syntax); a vector's elements are
// Syntax; a hash literal's values are Syntax while its keys are plain data (as in Racket).

import { Pair, NIL } from "./pair.js";
import { Box } from "./special.js";
import { HashTable } from "./hash.js";

/** Where a datum came from. Lines and columns are 1-based; offset is 0-based; both count UTF-16 units. */
export interface SourceLocation {
  readonly source: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly span: number;
}

/**
 * A set of scopes, as ascending scope ids. Scopes are made and combined by the expander (sets-of-
 * scopes hygiene); the reader only ever produces the empty set.
 */
export type ScopeSet = readonly number[];
export const EMPTY_SCOPES: ScopeSet = Object.freeze([]);

export class Syntax {
  constructor(
    readonly e: unknown,
    readonly loc: SourceLocation | undefined,
    readonly scopes: ScopeSet = EMPTY_SCOPES,
  ) {}
}

export function formatLocation(loc: SourceLocation): string {
  return `${loc.source}:${loc.line}:${loc.column}`;
}

/** `syntax->datum`: the plain data inside a syntax object, all the way down. */
export function syntaxToDatum(x: unknown): unknown {
  // Iterative along list spines so long lists do not grow the JS stack.
  if (x instanceof Syntax) return syntaxToDatum(x.e);
  if (x instanceof Pair) {
    const head = new Pair(syntaxToDatum(x.car), NIL);
    let tail = head;
    let p: unknown = x.cdr;
    for (;;) {
      if (p instanceof Syntax) p = p.e;
      if (!(p instanceof Pair)) break;
      const next = new Pair(syntaxToDatum(p.car), NIL);
      tail.cdr = next;
      tail = next;
      p = p.cdr;
    }
    tail.cdr = syntaxToDatum(p);
    return head;
  }
  if (Array.isArray(x)) {
    if (!x.some((v) => v instanceof Syntax || v instanceof Pair || Array.isArray(v))) return x;
    const out = x.map(syntaxToDatum);
    return Object.isFrozen(x) ? Object.freeze(out) : out;
  }
  if (x instanceof Box) return new Box(syntaxToDatum(x.value), x.mutable);
  if (x instanceof HashTable) {
    const t = new HashTable(x.kind, true);
    for (const [k, v] of x.entries()) t.set(syntaxToDatum(k), syntaxToDatum(v));
    return x.mutable ? t : t.copy(false);
  }
  return x;
}
