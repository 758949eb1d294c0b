// Input ports: a text and a position. The sandbox has no stdin, so every input port reads a string
// (`open-input-string`, or the empty port that `current-input-port` starts as). The position is
// in UTF-16 units; the operations move by whole code points.

import { DatumReader, END, EOF, PRINT, ReadError, display, type PrintContext } from "@rlms/reader";
import { Exn } from "@rlms/evaluator";

/** read-line's ways of ending a line. */
export type LineMode = "linefeed" | "return" | "return-linefeed" | "any" | "any-one";

export class InputPort {
  /** UTF-16 offset of the next character. */
  private pos = 0;
  private closed = false;
  /** The reader left by the last `read`, reusable while nothing else moved the position. */
  private reader: { reader: DatumReader; base: number; end: number } | undefined;

  constructor(
    private readonly text: string,
    /** What the port prints as: `#<input-port:NAME>` (object-name). */
    readonly name: unknown = "string",
    /** False for the stand-in for stdin (`string-port?`). */
    readonly fromString = true,
  ) {}

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<input-port:${typeof this.name === "string" ? this.name : display(this.name)}>`);
  }

  close(): void {
    this.closed = true;
  }

  /** Racket names the low-level operation that found the port closed, hence `who`. */
  checkOpen(who: string): void {
    if (this.closed) throw new Exn("exn:fail", `${who}: input port is closed\n  input port: ${display(this)}`);
  }

  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** The next code point, consumed; undefined at the end. */
  readChar(): number | undefined {
    if (this.pos >= this.text.length) return undefined;
    const c = this.text.codePointAt(this.pos)!;
    this.pos += c > 0xffff ? 2 : 1;
    return c;
  }

  /**
   * The UTF-16 offset `skip` bytes (of UTF-8) ahead, and whether that lands inside a character's
   * encoding (peek-char and peek-string count their skip in bytes).
   */
  private offsetAfterBytes(skip: number): [number, boolean] {
    let i = this.pos;
    let bytes = 0;
    while (bytes < skip && i < this.text.length) {
      const c = this.text.codePointAt(i)!;
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      i += c > 0xffff ? 2 : 1;
    }
    return [i, bytes > skip];
  }

  /** The code point `skip` bytes ahead, not consumed; inside an encoding it decodes as U+FFFD, as in Racket. */
  peekChar(skip = 0): number | undefined {
    const [i, inside] = this.offsetAfterBytes(skip);
    if (inside) return 0xfffd;
    return i < this.text.length ? this.text.codePointAt(i) : undefined;
  }

  /** Up to `n` code points from UTF-16 offset `start`, and the offset after them; undefined at the end. */
  private take(start: number, n: number): [string, number] | undefined {
    if (n === 0) return ["", start];
    if (start >= this.text.length) return undefined;
    let i = start;
    for (let k = 0; k < n && i < this.text.length; k++) i += this.text.codePointAt(i)! > 0xffff ? 2 : 1;
    return [this.text.slice(start, i), i];
  }

  /** Up to `n` code points, consumed; undefined at the end (but "" for n = 0). */
  readString(n: number): string | undefined {
    const got = this.take(this.pos, n);
    if (got === undefined) return undefined;
    this.pos = got[1];
    return got[0];
  }

  /** Up to `n` code points after skipping `skip` bytes, not consumed. */
  peekString(n: number, skip: number): string | undefined {
    return this.take(this.offsetAfterBytes(skip)[0], n)?.[0];
  }

  /** The next line without its terminator, consumed with it; undefined at the end. */
  readLine(mode: LineMode): string | undefined {
    const text = this.text;
    const start = this.pos;
    if (start >= text.length) return undefined;
    let i = start;
    for (; i < text.length; i++) {
      const u = text.charCodeAt(i);
      if (u === 0x0a && (mode === "linefeed" || mode === "any" || mode === "any-one")) {
        this.pos = i + 1;
        return text.slice(start, i);
      }
      if (u === 0x0d) {
        const crlf = text.charCodeAt(i + 1) === 0x0a;
        if (mode === "return" || mode === "any-one" || (mode === "any" && !crlf)) {
          this.pos = i + 1;
          return text.slice(start, i);
        }
        if (crlf && (mode === "any" || mode === "return-linefeed")) {
          this.pos = i + 2;
          return text.slice(start, i);
        }
      }
    }
    this.pos = text.length;
    return text.slice(start);
  }

  /** Everything left, consumed. */
  rest(): string {
    const s = this.text.slice(this.pos);
    this.pos = this.text.length;
    return s;
  }

  /** The next datum (Racket's `read`), or EOF. Leaves the position just after the datum. */
  readDatum(): unknown {
    let cached = this.reader;
    if (cached === undefined || cached.end !== this.pos) {
      cached = { reader: new DatumReader(this.text.slice(this.pos), { positions: false, source: "string" }), base: this.pos, end: this.pos };
      this.reader = cached;
    }
    let datum: unknown;
    try {
      datum = cached.reader.next();
    } catch (e) {
      this.reader = undefined;
      if (e instanceof ReadError) {
        const name = typeof this.name === "string" ? this.name : display(this.name);
        throw new Exn("exn:fail:read", `${name}::${cached.base + e.offset + 1}: read: ${e.message}`);
      }
      throw e;
    }
    if (datum === END) {
      this.pos = this.text.length;
      cached.end = this.pos;
      return EOF;
    }
    this.pos = cached.base + cached.reader.offset;
    cached.end = this.pos;
    return datum;
  }
}
