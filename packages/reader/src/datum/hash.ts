// Hash tables of the three equalities, in insertion order.
//
// Keys whose equality is identity or primitive value (fixnums, strings, symbols, chars, procedures)
// go straight into a JS Map; keys with structural equality (pairs, vectors, flonums, ...) go into
// buckets by hash code and are compared with the table's equality. Entries form a linked list so
// iteration follows insertion order and deletion is O(1).
//
// Immutable tables (`hash`, `#hash(...)`) share this class with `mutable = false`; the library's
// functional update copies. A persistent structure would make `hash-set` O(log n): see README.

import { Flonum, Ratnum } from "./number.js";
import { Pair } from "./pair.js";
import { Box, MString } from "./special.js";
import { isCustomEqual } from "./protocol.js";
import { equalHash, eqvHash, isEqual, isEqv } from "./equality.js";

export type HashKind = "eq" | "eqv" | "equal";

interface Entry {
  key: unknown;
  value: unknown;
  prev: Entry | undefined;
  next: Entry | undefined;
  /** Set for entries stored in a bucket. */
  hash?: number;
}

export class HashTable {
  private direct = new Map<unknown, Entry>();
  private buckets = new Map<number, Entry[]>();
  private first: Entry | undefined;
  private last: Entry | undefined;
  private count = 0;

  constructor(
    readonly kind: HashKind,
    readonly mutable: boolean,
  ) {}

  get size(): number {
    return this.count;
  }

  /** Same kind and mutability: the precondition for two tables to be equal?. */
  sameShape(other: HashTable): boolean {
    return this.kind === other.kind && this.mutable === other.mutable && this.count === other.count;
  }

  /** The JS Map key for a directly stored key, or undefined when the key needs a bucket. */
  private directKey(key: unknown): { k: unknown } | undefined {
    if (this.kind === "eq") return { k: key };
    if (key instanceof Flonum || key instanceof Ratnum) return undefined;
    if (this.kind === "eqv") return { k: key };
    if (key instanceof MString) return { k: key.value };
    if (key instanceof Pair || Array.isArray(key) || key instanceof Box || key instanceof HashTable) return undefined;
    if (isCustomEqual(key)) return undefined;
    return { k: key };
  }

  private hashOf(key: unknown): number {
    return this.kind === "equal" ? equalHash(key) : eqvHash(key);
  }

  private same(a: unknown, b: unknown): boolean {
    return this.kind === "equal" ? isEqual(a, b) : isEqv(a, b);
  }

  private find(key: unknown): Entry | undefined {
    const d = this.directKey(key);
    if (d !== undefined) return this.direct.get(d.k);
    const bucket = this.buckets.get(this.hashOf(key));
    if (bucket === undefined) return undefined;
    for (const e of bucket) if (this.same(e.key, key)) return e;
    return undefined;
  }

  has(key: unknown): boolean {
    return this.find(key) !== undefined;
  }

  get(key: unknown): unknown {
    return this.find(key)?.value;
  }

  /** The value for `key`, or `notFound` when absent (values may themselves be `undefined`-free). */
  getOr<T>(key: unknown, notFound: T): unknown {
    const e = this.find(key);
    return e === undefined ? notFound : e.value;
  }

  set(key: unknown, value: unknown): void {
    const d = this.directKey(key);
    let entry: Entry | undefined;
    if (d !== undefined) {
      entry = this.direct.get(d.k);
      if (entry !== undefined) {
        entry.value = value;
        return;
      }
      entry = this.append(key, value);
      this.direct.set(d.k, entry);
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
    entry = this.append(key, value);
    entry.hash = h;
    bucket.push(entry);
  }

  private append(key: unknown, value: unknown): Entry {
    const e: Entry = { key, value, prev: this.last, next: undefined };
    if (this.last === undefined) this.first = e;
    else this.last.next = e;
    this.last = e;
    this.count++;
    return e;
  }

  delete(key: unknown): boolean {
    const d = this.directKey(key);
    let e: Entry | undefined;
    if (d !== undefined) {
      e = this.direct.get(d.k);
      if (e === undefined) return false;
      this.direct.delete(d.k);
    } else {
      const h = this.hashOf(key);
      const bucket = this.buckets.get(h);
      const i = bucket === undefined ? -1 : bucket.findIndex((x) => this.same(x.key, key));
      if (i < 0) return false;
      e = bucket![i]!;
      bucket!.splice(i, 1);
      if (bucket!.length === 0) this.buckets.delete(h);
    }
    if (e.prev === undefined) this.first = e.next;
    else e.prev.next = e.next;
    if (e.next === undefined) this.last = e.prev;
    else e.next.prev = e.prev;
    this.count--;
    return true;
  }

  clear(): void {
    this.direct.clear();
    this.buckets.clear();
    this.first = this.last = undefined;
    this.count = 0;
  }

  *entries(): IterableIterator<[unknown, unknown]> {
    for (let e = this.first; e !== undefined; e = e.next) yield [e.key, e.value];
  }

  keys(): unknown[] {
    const out: unknown[] = [];
    for (let e = this.first; e !== undefined; e = e.next) out.push(e.key);
    return out;
  }

  /** A copy with the given mutability (`hash-copy`, and the functional update of immutable tables). */
  copy(mutable: boolean = this.mutable): HashTable {
    const t = new HashTable(this.kind, mutable);
    for (let e = this.first; e !== undefined; e = e.next) t.set(e.key, e.value);
    return t;
  }
}
