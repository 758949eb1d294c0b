// The one error class the reader raises. Arbitrary input produces either data or a ReadError.

export class ReadError extends Error {
  override readonly name = "ReadError";

  constructor(
    /** What went wrong, with the positions a person needs ("unclosed `(` opened at 3:5"). */
    message: string,
    readonly source: string,
    /** 1-based line of the place to look at (for an unclosed bracket: where it was opened). */
    readonly line: number,
    /** 1-based column, in UTF-16 units like editors and LSP. */
    readonly column: number,
    /** 0-based offset into the text. */
    readonly offset: number,
    /**
     * True when more input could complete the datum (an unclosed bracket, string or comment):
     * the REPL keeps reading lines instead of reporting an error.
     */
    readonly incomplete: boolean = false,
  ) {
    super(message);
  }

  /** `FILE:LINE:COL: read: message`, the form the CLI prints. */
  format(): string {
    return `${this.source}:${this.line}:${this.column}: read: ${this.message}`;
  }
}
