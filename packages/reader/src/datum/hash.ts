// Hash tables of the three equalities, listing their entries in Racket's order.
//
// Mutable tables (`make-hash`) keep their entries in a MutableStore, updated in place. Immutable
// tables (`hash`, `#hash(...)`, JSON objects) keep them in a persistent trie, so that the
// functional update (`withSet`, `withDelete`: the library's `hash-set`, `hash-remove`) costs
// O(log n) and shares structure with the original (a loop of 100,000 `hash-set`s: see the
// measurements in this package's README). `set` and `delete` work in place on both kinds: the
// reader and `syntax->datum` use them to fill a new immutable table before anyone sees it.
//
// Order. Racket lists an immutable table's entries in the order of its hash trie, one order
// for iteration (`for`, hash-keys, printing) and another for hash-map and hash-for-each
// (racket-order.ts); a mutable table's in the order of Chez Scheme's bucket vector, remembering
// the order of its last iteration (racket-buckets.ts). Both follow Racket CS's hash codes, which
// rlms reproduces for exact numbers, characters, symbols, strings and lists, vectors and boxes of
// those (in mutable eq and eqv tables: fixnums). A table holding another key (a flonum, a
// struct, a procedure...) lists its entries in insertion order: Racket's order for it depends on
// memory addresses, or is not reproduced.

import { equalHash, eqvHash, isEqual, isEqv, stringHash } from "./equality.js";
import { MutableStore, type Entry } from "./hash-store.js";
import { RacketBuckets } from "./racket-buckets.js";
import { racketFoldOrder, racketIterationOrder, type HashCodeCache } from "./racket-order.js";
import { EMPTY_TRIE, Leaf, insert, lookup, orderedLeaves, remove, type Branch, type InsertResult, type Same } from "./hamt.js";
import { MString } from "./special.js";

export type HashKind = "eq" | "eqv" | "equal";

/** A key and its value, as listed by `entries()`. */
export type HashEntry = readonly [unknown, unknown];

const same: Record<HashKind, Same> = {
  eq: (a, b) => a === b,
  eqv: isEqv,
  equal: isEqual,
};

/**
 * `equal?` hashing without equalHash's traversal set-up for keys that are not containers (the
 * common case: symbols, strings, fixnums); the value is the same as equalHash's.
 */
function equalKeyHash(key: unknown): number {
  if (typeof key !== "object" || key === null) return eqvHash(key);
  if (key instanceof MString) return stringHash(key.value);
  return equalHash(key);
}

const hashOf: Record<HashKind, (key: unknown) => number> = {
  eq: eqvHash,
  eqv: eqvHash,
  equal: equalKeyHash,
};

/** An immutable table's contents: a trie, its size and the next insertion sequence number. */
class PersistentStore {
  constructor(
    readonly root: Branch,
    readonly count: number,
    readonly nextSeq: number,
  ) {}
}

const EMPTY_STORE = new PersistentStore(EMPTY_TRIE, 0, 0);

const scratch: InsertResult = { replaced: undefined };

export class HashTable {
  /** Mutable tables only. */
  private readonly store: MutableStore | undefined;
  /** Mutable tables only: Racket's bucket vector, for the order. */
  private readonly buckets: RacketBuckets | undefined;
  /** Immutable tables only; replaced (never changed) by updates. */
  private trie: PersistentStore;
  /** Immutable tables only: the keys' Racket hash codes, shared with the tables derived from this one. */
  private codes: HashCodeCache = new Map();
  /** The entries in iteration order, until the next change. */
  private snapshot: HashEntry[] | undefined;
  /** The entries in fold order (immutable tables), until the next change. */
  private foldSnapshot: HashEntry[] | undefined;

  constructor(
    readonly kind: HashKind,
    readonly mutable: boolean,
  ) {
    this.buckets = mutable ? new RacketBuckets(kind) : undefined;
    this.store = mutable ? new MutableStore(kind, hashOf[kind], same[kind], this.buckets) : undefined;
    this.trie = EMPTY_STORE;
  }

  get size(): number {
    return this.store !== undefined ? this.store.count : this.trie.count;
  }

  /** Same kind and mutability: the precondition for two tables to be equal?. */
  sameShape(other: HashTable): boolean {
    return this.kind === other.kind && this.mutable === other.mutable && this.size === other.size;
  }

  has(key: unknown): boolean {
    if (this.store !== undefined) return this.store.has(key);
    return lookup(this.trie.root, hashOf[this.kind](key), key, same[this.kind]) !== undefined;
  }

  get(key: unknown): unknown {
    return this.getOr(key, undefined);
  }

  /** The value for `key`, or `notFound` when absent. */
  getOr(key: unknown, notFound: unknown): unknown {
    if (this.store !== undefined) return this.store.getOr(key, notFound);
    const leaf = lookup(this.trie.root, hashOf[this.kind](key), key, same[this.kind]);
    return leaf === undefined ? notFound : leaf.value;
  }

  /** The table's own key equal to `key` (Racket's `hash-ref-key`), or `notFound`. */
  keyOr(key: unknown, notFound: unknown): unknown {
    if (this.store !== undefined) return this.store.keyOr(key, notFound);
    const leaf = lookup(this.trie.root, hashOf[this.kind](key), key, same[this.kind]);
    return leaf === undefined ? notFound : leaf.key;
  }

  /** Sets in place (for an immutable table: only while it is being built). */
  set(key: unknown, value: unknown): void {
    this.snapshot = this.foldSnapshot = undefined;
    if (this.store !== undefined) this.store.set(key, value);
    else this.trie = withEntry(this.trie, this.kind, key, value);
  }

  /** Deletes in place; true when the key was there. */
  delete(key: unknown): boolean {
    this.snapshot = this.foldSnapshot = undefined;
    if (this.store !== undefined) return this.store.delete(key);
    const before = this.trie;
    this.trie = withoutEntry(before, this.kind, key);
    return this.trie !== before;
  }

  clear(): void {
    this.snapshot = this.foldSnapshot = undefined;
    if (this.store !== undefined) this.store.clear();
    else this.trie = EMPTY_STORE;
  }

  /** An immutable table with `key` mapped to `value`, sharing structure with this one (O(log n)). */
  withSet(key: unknown, value: unknown): HashTable {
    this.requireImmutable("withSet");
    const next = withEntry(this.trie, this.kind, key, value);
    return next === this.trie ? this : this.derived(next);
  }

  /** An immutable table without `key` (this one when the key is absent). */
  withDelete(key: unknown): HashTable {
    this.requireImmutable("withDelete");
    const next = withoutEntry(this.trie, this.kind, key);
    return next === this.trie ? this : this.derived(next);
  }

  /** An empty table of the same kind and mutability. */
  emptyCopy(): HashTable {
    return new HashTable(this.kind, this.mutable);
  }

  private derived(trie: PersistentStore): HashTable {
    const t = new HashTable(this.kind, false);
    t.trie = trie;
    // Share the codes, unless the family's cache has grown well past this table (keys long gone).
    if (this.codes.size <= 4 * trie.count + 1024) t.codes = this.codes;
    return t;
  }

  private requireImmutable(what: string): void {
    if (this.mutable) throw new Error(`HashTable.${what} needs an immutable table`);
  }

  /**
   * The entries in Racket's iteration order (`for`, in-hash, hash-keys, hash-iterate-*,
   * printing); the array is shared until the next change: do not modify it. For a mutable table
   * this is an iteration: Racket remembers its order (racket-buckets.ts).
   */
  entryList(): readonly HashEntry[] {
    if (this.snapshot !== undefined) return this.snapshot;
    if (this.store !== undefined) {
      const cells = this.buckets!.order() as readonly Entry[] | undefined;
      if (cells !== undefined) this.snapshot = cells.map((e) => [e.key, e.value] as const);
      else {
        const out: HashEntry[] = [];
        this.store.forEach((k, v) => out.push([k, v]));
        this.snapshot = out;
      }
      return this.snapshot;
    }
    const inserted = this.insertionEntries();
    this.snapshot = racketIterationOrder(inserted, inserted.map((e) => e[0]), this.kind, this.codes) ?? inserted;
    return this.snapshot;
  }

  /** The Racket hash codes of an immutable table's keys, as far as they were computed (shared with its family). */
  codeCache(): HashCodeCache {
    return this.codes;
  }

  /** The entries in Racket's fold order (hash-map, hash-for-each, hash-values, hash->list). */
  foldEntryList(): readonly HashEntry[] {
    if (this.store !== undefined) return this.entryList();
    if (this.foldSnapshot !== undefined) return this.foldSnapshot;
    const inserted = this.insertionEntries();
    this.foldSnapshot = racketFoldOrder(inserted, inserted.map((e) => e[0]), this.kind, this.codes) ?? inserted;
    return this.foldSnapshot;
  }

  private insertionEntries(): HashEntry[] {
    const out: HashEntry[] = [];
    for (const leaf of orderedLeaves(this.trie.root, this.trie.count, this.trie.nextSeq)) out.push([leaf.key, leaf.value]);
    return out;
  }

  *entries(): IterableIterator<[unknown, unknown]> {
    for (const [k, v] of this.entryList()) yield [k, v];
  }

  keys(): unknown[] {
    return this.entryList().map((e) => e[0]);
  }

  values(): unknown[] {
    return this.entryList().map((e) => e[1]);
  }

  /**
   * A copy with the given mutability (`hash-copy`, `make-immutable-hash` of a mutable table...).
   * A mutable copy of a mutable table has the same buckets (Chez's hashtable-copy); one of an
   * immutable table gets the entries in iteration order, as Racket's hash-copy adds them.
   */
  copy(mutable: boolean = this.mutable): HashTable {
    if (!mutable && !this.mutable) return this.derived(this.trie);
    const t = new HashTable(this.kind, mutable);
    if (this.store !== undefined) {
      this.store.forEach((k, v) => t.set(k, v));
      if (mutable) this.buckets!.copyTo(t.buckets!, (cell) => t.store!.entry(cell.key)!);
    } else {
      for (const [k, v] of this.entryList()) t.set(k, v);
    }
    return t;
  }
}

function withEntry(s: PersistentStore, kind: HashKind, key: unknown, value: unknown): PersistentStore {
  const root = insert(s.root, new Leaf(hashOf[kind](key), key, value, s.nextSeq), same[kind], scratch);
  if (root === s.root) return s;
  const added = scratch.replaced === undefined;
  scratch.replaced = undefined;
  return added ? new PersistentStore(root, s.count + 1, s.nextSeq + 1) : new PersistentStore(root, s.count, s.nextSeq);
}

function withoutEntry(s: PersistentStore, kind: HashKind, key: unknown): PersistentStore {
  const root = remove(s.root, hashOf[kind](key), key, same[kind]);
  if (root === s.root) return s;
  // An emptied table starts its sequence numbers again.
  return s.count === 1 ? EMPTY_STORE : new PersistentStore(root, s.count - 1, s.nextSeq);
}
