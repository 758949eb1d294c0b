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

/**
 * `syntax->datum`: the plain data inside a syntax object, all the way down. Iterative (an explicit
 * stack of pending containers) so that deeply nested data never overflows the JS stack.
 */
export function syntaxToDatum(x: unknown): unknown {
  if (!needsCopy(x)) return x;
  // Each task fills one slot of a container that is being rebuilt.
  type Task = { value: unknown; store: (v: unknown) => void };
  let result: unknown;
  const tasks: Task[] = [{ value: x, store: (v) => (result = v) }];
  const finishers: (() => void)[] = [];
  while (tasks.length > 0) {
    const { value, store } = tasks.pop()!;
    let v = value;
    while (v instanceof Syntax) v = v.e;
    if (v instanceof Pair) {
      // Copy the spine now; the elements are filled in by later tasks.
      const head = new Pair(undefined, NIL);
      let tail = head;
      let p: unknown = v;
      for (;;) {
        const cell = tail;
        tasks.push({ value: (p as Pair).car, store: (e) => (cell.car = e) });
        let next = (p as Pair).cdr;
        while (next instanceof Syntax) next = next.e;
        if (!(next instanceof Pair)) {
          if (next !== NIL) tasks.push({ value: next, store: (e) => (cell.cdr = e) });
          break;
        }
        tail = new Pair(undefined, NIL);
        cell.cdr = tail;
        p = next;
      }
      store(head);
    } else if (Array.isArray(v)) {
      if (!v.some(needsCopy)) {
        store(v);
        continue;
      }
      const out = new Array<unknown>(v.length);
      v.forEach((e, i) => tasks.push({ value: e, store: (c) => (out[i] = c) }));
      if (Object.isFrozen(v)) finishers.push(() => Object.freeze(out));
      store(out);
    } else if (v instanceof Box) {
      const b = new Box(undefined, v.mutable);
      tasks.push({ value: v.value, store: (c) => (b.value = c) });
      store(b);
    } else if (v instanceof HashTable) {
      // Keys are converted eagerly (they must be complete before they are hashed); values are
      // converted like any element and the table is filled once they are done. The mutability
      // flag is a label the library enforces, so filling an immutable table here is fine.
      const t = new HashTable(v.kind, v.mutable);
      const entries = [...v.entries()].map(([k, val]) => ({ k: syntaxToDatum(k), val, out: undefined as unknown }));
      entries.forEach((e) => tasks.push({ value: e.val, store: (c) => (e.out = c) }));
      finishers.push(() => {
        for (const e of entries) t.set(e.k, e.out);
      });
      store(t);
    } else store(v);
  }
  // Containers finish innermost first (they were registered outermost first).
  for (let i = finishers.length - 1; i >= 0; i--) finishers[i]!();
  return result;
}

function needsCopy(x: unknown): boolean {
  return x instanceof Syntax || x instanceof Pair || Array.isArray(x) || x instanceof Box || x instanceof HashTable;
}
