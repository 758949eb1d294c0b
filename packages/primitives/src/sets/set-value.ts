// racket/set's hash sets: an element table (the library's HashTable, each element mapped to #t)
// of one of the three equalities, immutable (`set`, `seteq`, `seteqv`: a persistent trie, so
// `set-add` is O(log n)) or mutable (`mutable-set`...).
//
// Order. Racket lists an immutable set's elements in the order of its hash trie, which this
// module reproduces (the reader's racket-order.ts) for sets of exact numbers, characters,
// symbols, strings and lists, vectors and boxes of those: `(set 3 1 2)` prints `#<set: 1 2 3>`
// as in Racket. A mutable set lists its elements in its table's order, which follows Chez
// Scheme's bucket vector as Racket's does (racket-buckets.ts). Other sets list their elements in
// insertion order.
//
// Printing follows racket/private/set-types.rkt's constructor-style printer: `#<set: 1 2 3>`
// (display and write), `(set 1 2 3)` in print mode, with the kind in the name
// (`#<mutable-seteq: a>`, `(seteqv 1)`).

import {
  EQUAL,
  HASH,
  HashTable,
  PRINT,
  PRINTS_AS_EXPRESSION,
  orderWithout,
  type CustomEqual,
  type CustomPrintable,
  type HashKind,
  type PrintContext,
} from "@rlms/reader";

export class SetValue implements CustomPrintable, CustomEqual {
  /** Immutable sets only: their elements in the order Racket lists them, once computed. */
  private ordered: readonly unknown[] | undefined;

  constructor(readonly table: HashTable) {}

  static empty(kind: HashKind, mutable: boolean): SetValue {
    return new SetValue(new HashTable(kind, mutable));
  }

  /** Adds to a mutable set. */
  add(x: unknown): void {
    if (this.table.has(x)) return;
    this.table.set(x, true);
  }

  /** Removes from a mutable set. */
  remove(x: unknown): void {
    this.table.delete(x);
  }

  /** Empties a mutable set. */
  clear(): void {
    this.table.clear();
  }

  /** A mutable copy, in the same order. */
  mutableCopy(): SetValue {
    if (this.mutable) return new SetValue(this.table.copy(true));
    const copy = SetValue.empty(this.kind, true);
    for (const x of this.elements()) copy.add(x);
    return copy;
  }

  get kind(): HashKind {
    return this.table.kind;
  }

  get mutable(): boolean {
    return this.table.mutable;
  }

  get size(): number {
    return this.table.size;
  }

  has(x: unknown): boolean {
    return this.table.has(x);
  }

  /** The elements in the order Racket iterates them (see above): the table's keys. */
  elements(): readonly unknown[] {
    if (this.ordered !== undefined) return this.ordered;
    if (this.mutable) return this.table.keys();
    this.ordered = this.table.keys();
    return this.ordered;
  }

  /** An immutable set with `x` (this one when it is there already). */
  with(x: unknown): SetValue {
    const t = this.table.withSet(x, true);
    return t === this.table ? this : new SetValue(t);
  }

  /** An immutable set without `x`. */
  without(x: unknown): SetValue {
    const t = this.table.withDelete(x);
    if (t === this.table) return this;
    const smaller = new SetValue(t);
    // Taking a set apart one element at a time: reuse this set's order when the trie keeps its shape.
    if (this.ordered !== undefined && this.ordered.length === this.size) {
      const kept = this.table.getOr(x, undefined) === undefined ? undefined : orderWithout(this.ordered, this.table.keyOr(x, x), this.kind, this.table.codeCache());
      if (kept !== undefined) smaller.ordered = kept;
    }
    return smaller;
  }

  /** `set`, `mutable-seteq`...: the constructor's name, which printing shows. */
  get constructorName(): string {
    const base = this.kind === "equal" ? "set" : this.kind === "eq" ? "seteq" : "seteqv";
    return this.mutable ? `mutable-${base}` : base;
  }

  /** In `print` mode a set prints as the expression that makes it: `(set 1 2)`. */
  readonly [PRINTS_AS_EXPRESSION] = true;

  [PRINT](ctx: PrintContext): void {
    const elements = this.elements();
    // racket/struct's constructor-style printer: `(set ...)` only in expression position (print
    // mode at quote depth 0), `#<set: ...>` otherwise.
    const asExpression = ctx.mode === "print" && !ctx.quoted;
    ctx.text(asExpression ? `(${this.constructorName}` : `#<${this.constructorName}:`);
    for (const e of elements) {
      ctx.text(" ");
      ctx.value(e);
    }
    ctx.text(asExpression ? ")" : ">");
  }

  /** Sets of the same equality and mutability with the same elements are equal?. */
  [EQUAL](other: unknown): boolean {
    if (this === other) return true;
    if (!(other instanceof SetValue) || other.kind !== this.kind || other.mutable !== this.mutable || other.size !== this.size) return false;
    for (const e of this.table.keys()) if (!other.table.has(e)) return false;
    return true;
  }

  [HASH](recur: (x: unknown) => number): number {
    // Order-independent, like the hash of the table itself.
    let h = this.mutable ? 41 : 43;
    for (const e of this.table.keys()) h = (h + recur(e)) | 0;
    return h;
  }
}

