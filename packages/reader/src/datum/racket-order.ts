// The orders in which Racket CS lists the entries of an immutable hash table (and the elements of
// an immutable set). Such a table is a hash array mapped trie over the keys' hash codes
// (racket/src/cs/rumble/hamt-stencil.ss: 16-way nodes, each holding single keys and child nodes
// by the 4 bits of the code at its depth), so its orders are functions of the codes alone
// (racket-hash-code.ts), and Racket has two of them:
//
//   - the iteration order (`for`, in-hash, hash-keys, hash-iterate-*, printing): a node lists
//     its single keys by chunk, then its children by chunk (bnode-entry-at-position);
//   - the fold order (hash-map, hash-for-each, hash-values, hash->list): a node lists its
//     children first, then its keys (bnode-fold).
//
// `(hash 'alice 1 'bob 2 'carol 3 'dave 4)` iterates as bob alice dave carol and maps as alice
// dave carol bob. For keys without a reproducible code there is no order to follow: the callers
// keep insertion order.

import { Char } from "./char.js";
import type { HashKind } from "./hash.js";
import { Sym } from "./symbol.js";
import { racketHashCode, type HashCode } from "./racket-hash-code.js";

/**
 * Hash codes of compound keys (lists, vectors...) already computed, shared by the tables (or
 * sets) made from one another (hash-set, set-add...): listing each version must not hash every
 * key again. `null`: the key has no reproducible code. Fixnums, strings, symbols and characters
 * are hashed again each time, which costs less than keeping their codes.
 */
export type HashCodeCache = Map<unknown, HashCode | null>;

/** Keys whose codes cost less to compute than to look up (symbols keep theirs). */
const isCheaplyHashed = (x: unknown): boolean => typeof x === "number" || typeof x === "string" || x instanceof Sym || x instanceof Char;

function codeOf(x: unknown, kind: HashKind, cache: HashCodeCache): HashCode | null {
  if (isCheaplyHashed(x)) return racketHashCode(x, kind) ?? null;
  let code = cache.get(x);
  if (code === undefined) {
    code = racketHashCode(x, kind) ?? null;
    cache.set(x, code);
  }
  return code;
}

/** Chunks past this shift are compared as whole codes: equal codes collide (kept in insertion order). */
const LAST_SHIFT = 60;

interface Layout {
  readonly items: readonly unknown[];
  readonly low: Uint32Array;
  readonly high: Uint32Array;
  readonly out: unknown[];
  readonly childrenFirst: boolean;
  /** The item indexes, each node's items a contiguous run, partitioned in place by chunk. */
  readonly indexes: Int32Array;
  readonly scratch: Int32Array;
  /** Chunk boundaries per depth (a node's children are laid out before its siblings reuse them). */
  readonly bounds: Int32Array[];
}

/** The trie node over indexes[start, end): its single keys and its children, by chunk. */
function layOut(start: number, end: number, shift: number, l: Layout): void {
  const { indexes, out, items } = l;
  if (end - start === 1 || shift > LAST_SHIFT) {
    for (let i = start; i < end; i++) out.push(items[indexes[i]!]);
    return;
  }
  const words = shift < 32 ? l.low : l.high;
  const s = shift < 32 ? shift : shift - 32;
  // A stable counting sort of the run by chunk: insertion order survives within a chunk.
  const bounds = l.bounds[shift >> 2]!;
  bounds.fill(0);
  for (let i = start; i < end; i++) bounds[((words[indexes[i]!]! >>> s) & 15) + 1]!++;
  for (let c = 0; c < 16; c++) bounds[c + 1]! += bounds[c]!;
  const fill = bounds.slice(0, 16);
  for (let i = start; i < end; i++) {
    const x = indexes[i]!;
    l.scratch[start + fill[(words[x]! >>> s) & 15]!++] = x;
  }
  indexes.set(l.scratch.subarray(start, end), start);
  const runs: number[] = [];
  for (let c = 0; c < 16; c++) if (bounds[c + 1]! - bounds[c]! > 1) runs.push(start + bounds[c]!, start + bounds[c + 1]!);
  const keys = (): void => {
    for (let c = 0; c < 16; c++) if (bounds[c + 1]! - bounds[c]! === 1) out.push(items[indexes[start + bounds[c]!]!]);
  };
  if (!l.childrenFirst) keys();
  for (let r = 0; r < runs.length; r += 2) layOut(runs[r]!, runs[r + 1]!, shift + 4, l);
  // The children reused the deeper bounds only: this node's are intact.
  if (l.childrenFirst) keys();
}

/**
 * `items` (in insertion order) laid out as the trie over `keys[i]`'s codes lists them; undefined
 * when a key has no reproducible code. `items` and `keys` may be the same array.
 */
function ordered(items: readonly unknown[], keys: readonly unknown[], kind: HashKind, cache: HashCodeCache, childrenFirst: boolean): unknown[] | undefined {
  const n = keys.length;
  const low = new Uint32Array(n);
  const high = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const code = codeOf(keys[i], kind, cache);
    if (code === null) return undefined;
    low[i] = code[0];
    high[i] = code[1];
  }
  const indexes = new Int32Array(n);
  for (let i = 0; i < n; i++) indexes[i] = i;
  const bounds = Array.from({ length: (LAST_SHIFT >> 2) + 1 }, () => new Int32Array(17));
  const out: unknown[] = [];
  if (n > 0) layOut(0, n, 0, { items, low, high, out, childrenFirst, indexes, scratch: new Int32Array(n), bounds });
  return out;
}

/** The iteration order of a set's elements or a table's keys (see above), or undefined. */
export function racketOrder(elements: readonly unknown[], kind: HashKind, cache: HashCodeCache = new Map()): unknown[] | undefined {
  return ordered(elements, elements, kind, cache, false);
}

/** `items[i]` (an entry of `keys[i]`) in iteration order, or undefined. */
export function racketIterationOrder<T>(items: readonly T[], keys: readonly unknown[], kind: HashKind, cache: HashCodeCache): T[] | undefined {
  return ordered(items, keys, kind, cache, false) as T[] | undefined;
}

/** `items[i]` (an entry of `keys[i]`) in fold order (hash-map, hash-for-each), or undefined. */
export function racketFoldOrder<T>(items: readonly T[], keys: readonly unknown[], kind: HashKind, cache: HashCodeCache): T[] | undefined {
  return ordered(items, keys, kind, cache, true) as T[] | undefined;
}

/** How many 4-bit chunks, from the lowest, two codes share. */
function sharedChunks(a: HashCode, b: HashCode): number {
  let n = 0;
  for (let shift = 0; shift <= LAST_SHIFT; shift += 4, n++) {
    const ca = (shift < 32 ? a[0] >>> shift : a[1] >>> (shift - 32)) & 15;
    const cb = (shift < 32 ? b[0] >>> shift : b[1] >>> (shift - 32)) & 15;
    if (ca !== cb) return n;
  }
  return n;
}

/**
 * The iteration order after removing `x` from a set whose order is `order`, when that is just
 * `order` without `x` (so a set-first/set-rest loop stays linear), or undefined when the trie
 * changes shape: `x` sits in a node of the trie, and only when that node is left with a single
 * other element does that element move up (to its parent's keys). The node of `x` is the group
 * of the elements sharing the most low chunks with it; the removal is simple when `x` is a key
 * of the root or that group keeps two elements besides it.
 */
export function orderWithout(order: readonly unknown[], x: unknown, kind: HashKind, cache: HashCodeCache): unknown[] | undefined {
  const cx = codeOf(x, kind, cache);
  if (cx === null) return undefined;
  let deepest = 0;
  let sharing = 0;
  for (const y of order) {
    if (y === x) continue;
    const cy = isCheaplyHashed(y) ? codeOf(y, kind, cache) : cache.get(y);
    if (cy === undefined || cy === null) return undefined;
    const p = sharedChunks(cx, cy);
    if (p > deepest) {
      deepest = p;
      sharing = 1;
    } else if (p === deepest) sharing++;
  }
  if (deepest > 0 && sharing < 2) return undefined;
  return order.filter((y) => y !== x);
}
