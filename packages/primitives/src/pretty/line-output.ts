// Where the pretty printer writes: text plus the column it has reached, because every layout
// decision (does this fit? where do the next items line up?) is made from the current column, as
// Racket's pretty printer reads it from a port that counts lines (racket/pretty.rkt).
//
// An attempt to print a value on one line writes to an output of its own with a column limit; the
// attempt is abandoned as soon as a write takes the column past the limit (Racket's tentative
// port escapes at that point), and is copied to the real output only if it fits.

/**
 * Racket's definition box of a printing port: a graph label (`#0=`) printed during an attempt that
 * is later abandoned must count as not printed. Attempts never nest (they print on one line,
 * without starting new attempts), so one scope per attempt is enough.
 */
export class LabelScope {
  valid = true;
}

/** The column after writing `s` from column `col`, counted as Racket's line-counting ports count. */
export function columnAfter(col: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13) col = 0;
    else if (c === 9) col += 8 - (col % 8); // a tab advances to the next multiple of 8
    else if (c < 0xdc00 || c > 0xdfff || i === 0 || s.charCodeAt(i - 1) < 0xd800 || s.charCodeAt(i - 1) > 0xdbff) col++; // code points, not UTF-16 units
  }
  return col;
}

export class LineOutput {
  private readonly parts: string[] = [];
  /** Set once a write took the column past `limit`: later writes are dropped. */
  over = false;

  constructor(
    public col: number,
    private readonly limit: number,
    readonly scope: LabelScope,
  ) {}

  write(s: string): void {
    if (this.over) return;
    this.parts.push(s);
    this.col = columnAfter(this.col, s);
    if (this.col > this.limit) this.over = true;
  }

  /** Appends what a successful attempt wrote. */
  append(attempt: LineOutput): void {
    for (const p of attempt.parts) this.parts.push(p);
    this.col = attempt.col;
  }

  text(): string {
    return this.parts.join("");
  }
}
