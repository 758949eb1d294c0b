// The order in which Racket CS lists the entries of a mutable hash table (`make-hash`...). Such a
// table is a Chez Scheme hashtable: a vector of buckets (8 at first, doubled when the count
// exceeds the length, halved when it falls below a quarter of it), each a list of cells with the
// newest first; resizing moves the cells bucket by bucket, each to the front of its new bucket
// (s/newhash.ss: $gen-hashtable-set!, adjust!). A key's bucket is its hash code folded to 16
// bits (the XOR of the code's four 16-bit words, then XORed with its own high byte) and masked
// to the length: measured on Racket 8.7 for tables of up to 65,536 buckets, with `make-hash`
// codes from equal-hash-code (racket-hash-code.ts) and `make-hasheq`/`make-hasheqv` codes of
// fixnums taken as the fixnum itself.
//
// Iteration goes bucket by bucket, and Racket remembers the cells it listed (rumble/hash.ss:
// prepare-iterate!, cells-merge): a later iteration lists those first, in the same order, minus
// the removed ones, then the cells added since, in bucket order.
//
// Keeping these buckets costs a hash code per new key, so changes are logged and replayed only
// when the order is asked for. A table gets no Racket order (its caller keeps insertion order)
// once it holds a key whose code is not reproducible (flonums, structs, procedures; in eq and eqv
// tables anything but fixnums), or when it outgrows 65,536 buckets.

import type { HashKind } from "./hash.js";
import { racketHashCode, type HashCode } from "./racket-hash-code.js";

/** A table entry: its identity is the cell's (a key removed and added again is a new cell). */
export interface Cell {
  readonly key: unknown;
}

const MIN_LENGTH = 8;
const MAX_LENGTH = 65536;
const TWO_32 = 0x100000000;

/** The fold of a code's 64-bit two's complement to a bucket index (see above). */
function foldedIndex(lo: number, hi: number, mask: number): number {
  const w = (lo ^ (lo >>> 16) ^ hi ^ (hi >>> 16)) & 0xffff;
  return (w ^ (w >>> 8)) & mask;
}

/** A fixnum's 64-bit two's complement as [low 32, high 32] bits; undefined for other values. */
function fixnumWords(x: unknown): HashCode | undefined {
  if (typeof x === "number") return Number.isSafeInteger(x) ? [x >>> 0, Math.floor(x / TWO_32) >>> 0] : undefined;
  if (typeof x === "bigint" && x >= -(1n << 60n) && x < 1n << 60n) {
    const bits = BigInt.asUintN(64, x);
    return [Number(bits & 0xffffffffn), Number(bits >> 32n)];
  }
  return undefined;
}

/** The 16-bit fold of a key's code in a table of this kind, or undefined when not reproducible. */
function keyFold(key: unknown, kind: HashKind): number | undefined {
  if (kind === "equal") {
    const code = racketHashCode(key, "equal");
    if (code === undefined) return undefined;
    // Sign-extend the 61-bit code to 64 bits.
    const hi = code[1] & 0x10000000 ? (code[1] | 0xe0000000) >>> 0 : code[1];
    return foldedIndex(code[0], hi, 0xffff);
  }
  const words = fixnumWords(key);
  return words === undefined ? undefined : foldedIndex(words[0], words[1], 0xffff);
}

interface Change {
  readonly cell: Cell;
  readonly added: boolean;
}

interface Placed {
  readonly cell: Cell;
  /** The key's 16-bit fold: its bucket is this masked to the length. */
  readonly fold: number;
}

export class RacketBuckets {
  private buckets: Placed[][] = emptyBuckets(MIN_LENGTH);
  private count = 0;
  /** Changes not yet applied to the buckets, and how many of them are removals. */
  private pending: Change[] = [];
  private pendingRemovals = 0;
  /** False once the table held a key with no reproducible code or grew too large (until cleared). */
  private reproducible = true;
  /** The cells in the order of the last iteration (Racket's cached cell vector). */
  private iterated: Cell[] | undefined;
  /** Whether anything changed since `iterated` was taken. */
  private changed = false;
  /** Where each placed cell is. */
  private placed = new Map<Cell, Placed>();

  constructor(private readonly kind: HashKind) {}

  /** A new key's cell (hash-set! of a key not in the table). */
  added(cell: Cell): void {
    this.record({ cell, added: true });
  }

  /** A removed key's cell. */
  deleted(cell: Cell): void {
    this.record({ cell, added: false });
  }

  /** hash-clear!: an empty vector of the first length, no remembered cells. */
  cleared(): void {
    this.buckets = emptyBuckets(MIN_LENGTH);
    this.placed.clear();
    this.count = 0;
    this.pending = [];
    this.pendingRemovals = 0;
    this.reproducible = true;
    this.iterated = undefined;
    this.changed = false;
  }

  /**
   * The cells in the order Racket's next iteration lists them, remembering it as Racket does;
   * undefined when the table has no reproducible order. The array must not be modified.
   */
  order(): readonly Cell[] | undefined {
    if (!this.apply()) return undefined;
    if (this.iterated !== undefined && !this.changed) return this.iterated;
    const current = this.buckets.flatMap((b) => b.map((p) => p.cell));
    if (this.iterated === undefined) this.iterated = current;
    else {
      const live = new Set(current);
      const kept = this.iterated.filter((c) => live.has(c));
      const listed = new Set(kept);
      for (const c of current) if (!listed.has(c)) kept.push(c);
      this.iterated = kept;
    }
    this.changed = false;
    return this.iterated;
  }

  /**
   * Gives `target` (the buckets of a copy of this table, whose entries are already in it) this
   * table's buckets with the copy's cells, `cellFor(cell)`: hash-copy copies Chez's bucket vector
   * as it is, and the copy has no remembered cells.
   */
  copyTo(target: RacketBuckets, cellFor: (cell: Cell) => Cell): void {
    target.cleared();
    if (!this.apply()) {
      target.giveUp();
      return;
    }
    target.buckets = this.buckets.map((b) =>
      b.map((p) => {
        const q = { cell: cellFor(p.cell), fold: p.fold };
        target.placed.set(q.cell, q);
        return q;
      }),
    );
    target.count = this.count;
  }

  private record(change: Change): void {
    if (!this.reproducible) return;
    this.pending.push(change);
    this.changed = true;
    // A table that never iterates hashes nothing; one whose keys come and go between iterations
    // is placed now and then, so that the log stays proportional to the table.
    if (!change.added && ++this.pendingRemovals > 64 && 2 * this.pendingRemovals > this.pending.length) this.apply();
  }

  /** Applies the pending changes; false when the table has no reproducible order. */
  private apply(): boolean {
    if (!this.reproducible) return false;
    for (const { cell, added } of this.pending) {
      if (added) {
        const fold = keyFold(cell.key, this.kind);
        if (fold === undefined || !this.insert({ cell, fold })) return this.giveUp();
      } else if (!this.remove(cell)) return this.giveUp();
    }
    this.pending = [];
    this.pendingRemovals = 0;
    return true;
  }

  private giveUp(): false {
    this.reproducible = false;
    this.pending = [];
    this.pendingRemovals = 0;
    this.buckets = [];
    this.placed.clear();
    this.iterated = undefined;
    return false;
  }

  private insert(p: Placed): boolean {
    const length = this.buckets.length;
    this.buckets[p.fold & (length - 1)]!.unshift(p);
    this.placed.set(p.cell, p);
    this.count++;
    if (this.count > length) {
      if (length * 2 > MAX_LENGTH) return false;
      this.resize(length * 2);
    }
    return true;
  }

  private remove(cell: Cell): boolean {
    const p = this.placed.get(cell);
    if (p === undefined) return false;
    this.placed.delete(cell);
    const bucket = this.buckets[p.fold & (this.buckets.length - 1)]!;
    bucket.splice(bucket.indexOf(p), 1);
    this.count--;
    const length = this.buckets.length;
    if (this.count < length >> 2 && length > MIN_LENGTH) this.resize(length >> 1);
    return true;
  }

  private resize(length: number): void {
    const next = emptyBuckets(length);
    for (const bucket of this.buckets) for (const p of bucket) next[p.fold & (length - 1)]!.unshift(p);
    this.buckets = next;
  }
}

function emptyBuckets(length: number): Placed[][] {
  return Array.from({ length }, () => []);
}
