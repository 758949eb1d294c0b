// Hash tables of the three equalities, listing their entries in insertion order.
//
// Mutable tables (`make-hash`) keep their entries in a MutableStore, updated in place. Immutable
// tables (`hash`, `#hash(...)`, JSON objects) keep them in a persistent trie, so that the
// functional update (`withSet`, `withDelete`: the library's `hash-set`, `hash-remove`) costs
// O(log n) and shares structure with the original (a loop of 100,000 `hash-set`s: see the
// measurements in this package's README). `set` and `delete` work in place on both kinds: the
// reader and `syntax->datum` use them to fill a new immutable table before anyone sees it.
//
// Racket lists entries in an order that depends on hash codes and memory addresses and that
// changes from run to run; insertion order is our deterministic stand-in.

import { equalHash, eqvHash, isEqual, isEqv, stringHash } from "./equality.js";
import { MutableStore } from "./hash-store.js";
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
  /** Immutable tables only; replaced (never changed) by updates. */
  private trie: PersistentStore;
  /** The entries in order, until the next change. */
  private snapshot: HashEntry[] | undefined;

  constructor(
    readonly kind: HashKind,
    readonly mutable: boolean,
  ) {
    this.store = mutable ? new MutableStore(kind, hashOf[kind], same[kind]) : undefined;
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
    this.snapshot = undefined;
    if (this.store !== undefined) this.store.set(key, value);
    else this.trie = withEntry(this.trie, this.kind, key, value);
  }

  /** Deletes in place; true when the key was there. */
  delete(key: unknown): boolean {
    this.snapshot = undefined;
    if (this.store !== undefined) return this.store.delete(key);
    const before = this.trie;
    this.trie = withoutEntry(before, this.kind, key);
    return this.trie !== before;
  }

  clear(): void {
    this.snapshot = undefined;
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
    return t;
  }

  private requireImmutable(what: string): void {
    if (this.mutable) throw new Error(`HashTable.${what} needs an immutable table`);
  }

  /** The entries in insertion order; the array is shared until the next change: do not modify it. */
  entryList(): readonly HashEntry[] {
    if (this.snapshot !== undefined) return this.snapshot;
    const out: HashEntry[] = [];
    if (this.store !== undefined) {
      this.store.forEach((k, v) => out.push([k, v]));
    } else {
      for (const leaf of orderedLeaves(this.trie.root, this.trie.count, this.trie.nextSeq)) out.push([leaf.key, leaf.value]);
    }
    this.snapshot = out;
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

  /** A copy with the given mutability (`hash-copy`, `make-immutable-hash` of a mutable table...). */
  copy(mutable: boolean = this.mutable): HashTable {
    if (!mutable && !this.mutable) return this.derived(this.trie);
    const t = new HashTable(this.kind, mutable);
    for (const [k, v] of this.entryList()) t.set(k, v);
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
