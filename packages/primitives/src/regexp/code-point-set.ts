// Sets of characters for regexp classes (`[a-z]`, `\d`, `[[:alpha:]]`, case-insensitive letters):
// sorted, disjoint, inclusive code-point intervals. Built by the parser the way Racket builds its
// ranges (racket/src/regexp/common/range.rkt), then written out as one JavaScript class.

export const MAX_CODE_POINT = 0x10ffff;

export class CodePointSet {
  /** Flattened pairs [lo0, hi0, lo1, hi1, ...], sorted, disjoint and not adjacent. */
  private constructor(private readonly bounds: readonly number[]) {}

  static readonly EMPTY = new CodePointSet([]);

  static of(...codes: number[]): CodePointSet {
    let set = CodePointSet.EMPTY;
    for (const c of codes) set = set.addRange(c, c);
    return set;
  }

  static range(lo: number, hi: number): CodePointSet {
    return CodePointSet.EMPTY.addRange(lo, hi);
  }

  get isEmpty(): boolean {
    return this.bounds.length === 0;
  }

  has(c: number): boolean {
    const b = this.bounds;
    for (let i = 0; i < b.length; i += 2) if (c >= b[i]! && c <= b[i + 1]!) return true;
    return false;
  }

  add(c: number): CodePointSet {
    return this.addRange(c, c);
  }

  addRange(lo: number, hi: number): CodePointSet {
    const out: number[] = [];
    const b = this.bounds;
    let i = 0;
    // Intervals entirely before [lo, hi] (not even adjacent).
    while (i < b.length && b[i + 1]! < lo - 1) out.push(b[i]!, b[i + 1]!), (i += 2);
    // Intervals overlapping or adjacent merge into it.
    while (i < b.length && b[i]! <= hi + 1) {
      lo = Math.min(lo, b[i]!);
      hi = Math.max(hi, b[i + 1]!);
      i += 2;
    }
    out.push(lo, hi);
    while (i < b.length) out.push(b[i]!, b[i + 1]!), (i += 2);
    return new CodePointSet(out);
  }

  union(other: CodePointSet): CodePointSet {
    let set: CodePointSet = this;
    const b = other.bounds;
    for (let i = 0; i < b.length; i += 2) set = set.addRange(b[i]!, b[i + 1]!);
    return set;
  }

  /** Every character not in the set. */
  invert(): CodePointSet {
    const out: number[] = [];
    let next = 0;
    const b = this.bounds;
    for (let i = 0; i < b.length; i += 2) {
      if (b[i]! > next) out.push(next, b[i]! - 1);
      next = b[i + 1]! + 1;
    }
    if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
    return new CodePointSet(out);
  }

  /** Calls `f` on each interval. */
  forEachRange(f: (lo: number, hi: number) => void): void {
    const b = this.bounds;
    for (let i = 0; i < b.length; i += 2) f(b[i]!, b[i + 1]!);
  }

  /** The set as a JavaScript class for a RegExp with the `u` flag (`[^\s\S]` when empty). */
  toJsClass(): string {
    if (this.bounds.length === 0) return "[^\\s\\S]";
    let out = "[";
    this.forEachRange((lo, hi) => {
      out += jsClassChar(lo);
      if (hi > lo) out += (hi > lo + 1 ? "-" : "") + jsClassChar(hi);
    });
    return out + "]";
  }
}

/** A character inside a JavaScript class: letters and digits as themselves, anything else escaped. */
function jsClassChar(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return String.fromCharCode(c);
  return `\\u{${c.toString(16)}}`;
}
