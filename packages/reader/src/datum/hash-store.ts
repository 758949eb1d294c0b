// The storage of mutable hash tables: insertion-ordered, updated in place. An observer (the
// table's RacketBuckets) hears of each new entry and each removal, to keep Racket's order.
//
// Keys whose equality is identity or primitive value (fixnums, strings, symbols, chars,
// procedures) go straight into a JS Map; keys with structural equality (pairs, vectors, flonums,
// ...) go into buckets by hash code and are compared with the table's equality. Entries form a
// doubly linked list so iteration follows insertion order and deletion is O(1).

import { Flonum, Ratnum } from "./number.js";
import { Pair } from "./pair.js";
import { Box, MString } from "./special.js";
import { isCustomEqual } from "./protocol.js";
import { Sym } from "./symbol.js";
// A cycle (hash.ts imports this file), harmless: HashTable is only used when a method runs.
import { HashTable, type HashKind } from "./hash.js";

/** What a store tells about its entries as they come and go. */
export interface EntryObserver {
  added(entry: { readonly key: unknown }): void;
  deleted(entry: { readonly key: unknown }): void;
  cleared(): void;
}

export interface Entry {
  key: unknown;
  value: unknown;
  prev: Entry | undefined;
  next: Entry | undefined;
  /** Set for entries stored in a bucket. */
  hash?: number;
}

/** Marks a key that has no JS Map representative (it goes to a bucket). */
const BUCKETED: unique symbol = Symbol("bucketed");

export class MutableStore {
  private direct = new Map<unknown, Entry>();
  private buckets = new Map<number, Entry[]>();
  private first: Entry | undefined;
  private last: Entry | undefined;
  count = 0;

  constructor(
    private readonly kind: HashKind,
    private readonly hashOf: (key: unknown) => number,
    private readonly same: (a: unknown, b: unknown) => boolean,
    private readonly observer?: EntryObserver,
  ) {}

  /** The JS Map key standing for `key`, or BUCKETED. No allocation: this is on every lookup. */
  private directKey(key: unknown): unknown {
    if (typeof key !== "object" || key === null || key instanceof Sym) return key;
    if (this.kind === "eq") return key;
    if (key instanceof Flonum || key instanceof Ratnum) return BUCKETED;
    if (this.kind === "eqv") return key;
    // equal?: a mutable string is equal? to the immutable string with the same characters.
    if (key instanceof MString) return key.value;
    if (key instanceof Pair || Array.isArray(key) || key instanceof Box || isCustomEqual(key) || key instanceof HashTable) return BUCKETED;
    return key;
  }

  private find(key: unknown): Entry | undefined {
    const d = this.directKey(key);
    if (d !== BUCKETED) return this.direct.get(d);
    const bucket = this.buckets.get(this.hashOf(key));
    if (bucket === undefined) return undefined;
    for (const e of bucket) if (this.same(e.key, key)) return e;
    return undefined;
  }

  has(key: unknown): boolean {
    return this.find(key) !== undefined;
  }

  /** The entry for `key` (the identity a table's Racket order keeps), or undefined. */
  entry(key: unknown): Entry | undefined {
    return this.find(key);
  }

  /** The value for `key`, or `notFound`. */
  getOr(key: unknown, notFound: unknown): unknown {
    const e = this.find(key);
    return e === undefined ? notFound : e.value;
  }

  /** The stored key equal to `key`, or `notFound`. */
  keyOr(key: unknown, notFound: unknown): unknown {
    const e = this.find(key);
    return e === undefined ? notFound : e.key;
  }

  /** Sets the value for `key`; an existing entry keeps its key and its place (as Racket's `hash-set!`). */
  set(key: unknown, value: unknown): void {
    const d = this.directKey(key);
    if (d !== BUCKETED) {
      const entry = this.direct.get(d);
      if (entry !== undefined) entry.value = value;
      else this.direct.set(d, this.append(key, value));
      return;
    }
    const h = this.hashOf(key);
    let bucket = this.buckets.get(h);
    if (bucket === undefined) this.buckets.set(h, (bucket = []));
    for (const e of bucket) {
      if (this.same(e.key, key)) {
        e.value = value;
        return;
      }
    }
    const entry = this.append(key, value);
    entry.hash = h;
    bucket.push(entry);
  }

  private append(key: unknown, value: unknown): Entry {
    const e: Entry = { key, value, prev: this.last, next: undefined };
    if (this.last === undefined) this.first = e;
    else this.last.next = e;
    this.last = e;
    this.count++;
    this.observer?.added(e);
    return e;
  }

  delete(key: unknown): boolean {
    const d = this.directKey(key);
    let e: Entry | undefined;
    if (d !== BUCKETED) {
      e = this.direct.get(d);
      if (e === undefined) return false;
      this.direct.delete(d);
    } else {
      const h = this.hashOf(key);
      const bucket = this.buckets.get(h);
      if (bucket === undefined) return false;
      const i = bucket.findIndex((x) => this.same(x.key, key));
      if (i < 0) return false;
      e = bucket[i]!;
      bucket.splice(i, 1);
      if (bucket.length === 0) this.buckets.delete(h);
    }
    if (e.prev === undefined) this.first = e.next;
    else e.prev.next = e.next;
    if (e.next === undefined) this.last = e.prev;
    else e.next.prev = e.prev;
    this.count--;
    this.observer?.deleted(e);
    return true;
  }

  clear(): void {
    this.direct.clear();
    this.buckets.clear();
    this.first = this.last = undefined;
    this.count = 0;
    this.observer?.cleared();
  }

  forEach(f: (key: unknown, value: unknown) => void): void {
    for (let e = this.first; e !== undefined; e = e.next) f(e.key, e.value);
  }
}
