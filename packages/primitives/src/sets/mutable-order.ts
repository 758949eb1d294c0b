// The order in which Racket lists the elements of a mutable set of fixnums. A mutable set is a
// Chez Scheme hashtable: a vector of buckets (8 at first, doubled when the count exceeds the
// length, halved when it falls below a quarter), a new key consed to the front of its bucket
// (index: the key's hash masked to the length; a fixnum hashes to itself, a negative one to its
// bitwise complement), and iteration bucket by bucket. Resizing moves the keys bucket by bucket,
// each to the front of its new bucket. Keeping the same buckets beside the set's table gives
// Racket's order: `(mutable-set 5 3 1 4 2 10 100 -1)` prints `#<mutable-set: -1 1 10 2 3 100 4 5>`.
// Checked for the three equalities on fixnums; other keys (whose Chez hash codes we have not
// matched) fall back to insertion order.

const MIN_LENGTH = 8;

/** Racket's fixnum range; rlms's fixnums (JS numbers) are all in it. */
const isFixnum = (x: unknown): x is number => typeof x === "number";

const bucketOf = (x: number, length: number): number => (x < 0 ? ~x : x) & (length - 1);

export class FixnumBuckets {
  private buckets: number[][] = emptyBuckets(MIN_LENGTH);
  private count = 0;

  /** Buckets for `keys` added in this order, or undefined when one is not a fixnum. */
  static of(keys: readonly unknown[]): FixnumBuckets | undefined {
    const b = new FixnumBuckets();
    for (const k of keys) if (!b.add(k)) return undefined;
    return b;
  }

  /** Records a new key; false when it is not a fixnum (the caller then stops keeping buckets). */
  add(x: unknown): boolean {
    if (!isFixnum(x)) return false;
    this.buckets[bucketOf(x, this.buckets.length)]!.unshift(x);
    this.count++;
    if (this.count > this.buckets.length) this.resize(this.buckets.length * 2);
    return true;
  }

  remove(x: number): void {
    const bucket = this.buckets[bucketOf(x, this.buckets.length)]!;
    const i = bucket.indexOf(x);
    if (i < 0) return;
    bucket.splice(i, 1);
    this.count--;
    if (this.count < this.buckets.length >> 2 && this.buckets.length > MIN_LENGTH) this.resize(this.buckets.length >> 1);
  }

  clear(): void {
    this.buckets = emptyBuckets(MIN_LENGTH);
    this.count = 0;
  }

  copy(): FixnumBuckets {
    const c = new FixnumBuckets();
    c.buckets = this.buckets.map((b) => b.slice());
    c.count = this.count;
    return c;
  }

  /** The keys in iteration order. */
  keys(): number[] {
    return this.buckets.flat();
  }

  private resize(length: number): void {
    const next = emptyBuckets(length);
    for (const bucket of this.buckets) for (const x of bucket) next[bucketOf(x, length)]!.unshift(x);
    this.buckets = next;
  }
}

function emptyBuckets(length: number): number[][] {
  return Array.from({ length }, () => []);
}
