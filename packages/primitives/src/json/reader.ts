// JSON text to jsexpr, step for step as Racket 8.7's json library (collects/json/main.rkt)
// reads it, so that values and error messages agree:
//   - only the first value is read; what follows it is left alone ("[1] x" reads (1));
//   - integers are exact, numbers with a fraction or exponent are flonums ("-0.0" is 0.0);
//   - objects are immutable hasheq tables with symbol keys (a later duplicate wins);
//   - errors are exn:fail:read, "SOURCE::POSITION: WHO: message", POSITION counting UTF-8 bytes
//     from 1, including Racket's quirks: "unexpected end-of-fileafter" has no space, the text of
//     a "bad input" message is used as a `format` pattern, `tru` at the end fails in `bytes`.
//
// The parser works on the UTF-8 bytes of the text (as Racket's reads bytes) and keeps its own
// stack of open arrays and objects, so deep nesting cannot overflow the JS stack.

import { EOF, HashTable, NIL, Pair, charToWriteString, integerFromBigInt, sym, Flonum } from "@rlms/reader";
import { Exn, contractViolation } from "@rlms/evaluator";
import { formatString } from "../format/format.js";
import { isWhitespace } from "../strings/unicode.js";
import { bytesText } from "./bytes-text.js";

export interface JsonReadOptions {
  /** Names the procedure in messages: string->jsexpr, read-json. */
  readonly who: string;
  /** What JSON `null` reads as (the #:null argument, `'null` by default). */
  readonly jsnull: unknown;
  /** The port's name, shown before the position ("string"). */
  readonly source: string;
}

/** The value read (or EOF when only whitespace was left) and the byte offset just after it. */
export interface JsonReadResult {
  readonly value: unknown;
  readonly end: number;
}

const enum B {
  Tab = 0x09,
  Newline = 0x0a,
  Return = 0x0d,
  Space = 0x20,
  Quote = 0x22,
  Plus = 0x2b,
  Comma = 0x2c,
  Minus = 0x2d,
  Dot = 0x2e,
  Slash = 0x2f,
  Zero = 0x30,
  Nine = 0x39,
  Colon = 0x3a,
  UpperE = 0x45,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  LowerE = 0x65,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
}

/** An array or object being read. */
type Open =
  | { kind: "array"; items: unknown[] }
  | { kind: "object"; table: HashTable; key: string | undefined };

const isDigit = (b: number | undefined): b is number => b !== undefined && b >= B.Zero && b <= B.Nine;

/** Racket reads at most this many bytes ahead for a "bad input starting ..." message. */
const BAD_INPUT_PEEK = 255;

export function readJson(bytes: Uint8Array, options: JsonReadOptions): JsonReadResult {
  return new JsonReader(bytes, options).readTop();
}

class JsonReader {
  private i = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly options: JsonReadOptions,
  ) {}

  // ---- errors --------------------------------------------------------------------------------

  private err(message: string): Exn {
    const { source, who } = this.options;
    return new Exn("exn:fail:read", `${source}::${this.i + 1}: ${who}: ${message}`);
  }

  /** `bad-input` in main.rkt: what was read (`prefix`) and what follows, or end of file. */
  private badInput(prefix: readonly number[] = [], eof = false): Exn {
    const ahead = this.bytes.subarray(this.i, this.i + BAD_INPUT_PEEK);
    const message =
      (ahead.length === 0 && prefix.length === 0) || eof
        ? "unexpected end-of-file" + (prefix.length === 0 ? "" : `after ${bytesText(prefix)}`)
        : `bad input starting ${bytesText([...prefix, ...ahead])}`;
    // Racket passes this text to `format` as the pattern: a `~` in the input is a directive.
    return this.err(formatString("format", message, []));
  }

  // ---- bytes and characters ------------------------------------------------------------------

  private peek(): number | undefined {
    return this.bytes[this.i];
  }

  private next(): number | undefined {
    const b = this.bytes[this.i];
    if (b !== undefined) this.i++;
    return b;
  }

  /** The code point at the current position and its length in bytes (UTF-8 is valid: it came from a string). */
  private charAt(): [number, number] {
    const b = this.bytes;
    const b0 = b[this.i]!;
    if (b0 < 0x80) return [b0, 1];
    if (b0 < 0xe0) return [((b0 & 0x1f) << 6) | (b[this.i + 1]! & 0x3f), 2];
    if (b0 < 0xf0) return [((b0 & 0x0f) << 12) | ((b[this.i + 1]! & 0x3f) << 6) | (b[this.i + 2]! & 0x3f), 3];
    return [((b0 & 0x07) << 18) | ((b[this.i + 1]! & 0x3f) << 12) | ((b[this.i + 2]! & 0x3f) << 6) | (b[this.i + 3]! & 0x3f), 4];
  }

  /** Skips JSON whitespace; other Unicode whitespace is an error. The next byte, not consumed. */
  private skipWhitespace(): number | undefined {
    for (;;) {
      const b = this.peek();
      if (b === B.Space || b === B.Tab || b === B.Newline || b === B.Return) {
        this.i++;
        continue;
      }
      if (b === undefined) return b;
      const [c] = this.charAt();
      if (isWhitespace(c)) {
        throw this.err(`found whitespace that is not allowed by the JSON specification\n  char: ${charToWriteString(c)}`);
      }
      return b;
    }
  }

  // ---- values --------------------------------------------------------------------------------

  readTop(): JsonReadResult {
    const first = this.skipWhitespace();
    if (first === undefined) return { value: EOF, end: this.i };
    const stack: Open[] = [];
    let value = this.readValue(stack);
    // Deliver each finished value to the innermost open container until the outermost is done.
    for (;;) {
      if (value === OPENED) {
        value = this.readValue(stack);
        continue;
      }
      const top = stack[stack.length - 1];
      if (top === undefined) return { value, end: this.i };
      value = top.kind === "array" ? this.arrayItem(top, value, stack) : this.objectPart(top, value, stack);
    }
  }

  /** A scalar, or OPENED after pushing a non-empty array or object (its first element comes next). */
  private readValue(stack: Open[]): unknown {
    const b = this.skipWhitespace();
    if (b === undefined) throw this.badInput();
    switch (b) {
      case 0x74: // t
        this.literal("true");
        return true;
      case 0x66: // f
        this.literal("false");
        return false;
      case 0x6e: // n
        this.literal("null");
        return this.options.jsnull;
      case B.Quote:
        this.i++;
        return this.string();
      case B.OpenBracket: {
        this.i++;
        if (this.skipWhitespace() === B.CloseBracket) {
          this.i++;
          return NIL;
        }
        stack.push({ kind: "array", items: [] });
        return OPENED;
      }
      case B.OpenBrace: {
        this.i++;
        if (this.skipWhitespace() === B.CloseBrace) {
          this.i++;
          return new HashTable("eq", false);
        }
        stack.push({ kind: "object", table: new HashTable("eq", false), key: undefined });
        return OPENED;
      }
      default:
        if (b === B.Minus || isDigit(b)) return this.number();
        throw this.badInput();
    }
  }

  /** After an array element: `,` and the next one, or `]` and the array. */
  private arrayItem(top: Open & { kind: "array" }, item: unknown, stack: Open[]): unknown {
    top.items.push(item);
    const b = this.skipWhitespace();
    if (b === B.CloseBracket) {
      this.i++;
      stack.pop();
      let list: unknown = NIL;
      for (let k = top.items.length - 1; k >= 0; k--) list = new Pair(top.items[k], list);
      return list;
    }
    if (b === B.Comma) {
      this.i++;
      return OPENED;
    }
    this.next();
    throw this.err("error while parsing a json array");
  }

  /** After an object key (any value: only strings pass) or after a value. */
  private objectPart(top: Open & { kind: "object" }, v: unknown, stack: Open[]): unknown {
    if (top.key === undefined) {
      if (typeof v !== "string") throw this.err("non-string value used for json object key");
      const b = this.skipWhitespace();
      if (b === undefined) {
        throw this.err("unexpected end-of-file while parsing a json object pair");
      }
      if (b !== B.Colon) throw this.err("error while parsing a json object pair");
      this.i++;
      top.key = v;
      return OPENED;
    }
    top.table.set(sym(top.key), v);
    top.key = undefined;
    const b = this.skipWhitespace();
    if (b === B.CloseBrace) {
      this.i++;
      stack.pop();
      return top.table;
    }
    if (b === B.Comma) {
      this.i++;
      return OPENED;
    }
    this.next();
    throw this.err("error while parsing a json object");
  }

  /** `true`, `false`, `null`, followed by a delimiter (not a letter, digit or `_`). */
  private literal(word: string): void {
    this.i++;
    for (let j = 1; j < word.length; j++) {
      const c = this.next();
      if (c !== word.charCodeAt(j)) {
        // Racket builds the message with `(bytes c)`, which fails on end of file.
        if (c === undefined) throw contractViolation("bytes", "byte?", EOF);
        throw this.badInput([...asciiBytes(word.slice(0, j)), c]);
      }
    }
    const b = this.peek();
    if (b !== undefined && ((b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || isDigit(b) || b === 0x5f)) {
      throw this.badInput(asciiBytes(word));
    }
  }

  // ---- strings -------------------------------------------------------------------------------

  private string(): string {
    const bytes = this.bytes;
    let out = "";
    let runStart = this.i;
    for (;;) {
      const b = bytes[this.i];
      if (b === undefined) throw this.err("unterminated string");
      if (b === B.Quote) {
        out += decode(bytes, runStart, this.i);
        this.i++;
        return out;
      }
      if (b !== B.Backslash) {
        this.i++;
        continue;
      }
      out += decode(bytes, runStart, this.i);
      this.i++;
      out += this.escape();
      runStart = this.i;
    }
  }

  /** After a backslash: the escaped character(s). */
  private escape(): string {
    if (this.i >= this.bytes.length) throw this.err('bad string escape: "#<eof>"');
    const [c, n] = this.charAt();
    this.i += n;
    switch (c) {
      case 0x62:
        return "\b";
      case 0x6e:
        return "\n";
      case 0x72:
        return "\r";
      case 0x66:
        return "\f";
      case 0x74:
        return "\t";
      case B.Backslash:
        return "\\";
      case B.Quote:
        return '"';
      case B.Slash:
        return "/";
      case 0x75: {
        const e = this.hex4();
        if (e < 0xd800 || e > 0xdfff) return String.fromCodePoint(e);
        const missing = () => this.err("bad string \\u escape, missing second half of a UTF-16 pair");
        if (this.next() !== B.Backslash) throw missing();
        if (this.next() !== 0x75) throw missing();
        const e2 = this.hex4();
        if (e2 < 0xdc00 || e2 > 0xdfff) throw this.err("bad string \\u escape, bad second half of a UTF-16 pair");
        return String.fromCodePoint(((e - 0xd800) << 10) + (e2 - 0xdc00) + 0x10000);
      }
      default:
        throw this.err(`bad string escape: "${String.fromCodePoint(c)}"`);
    }
  }

  /** Four hex digits after `\u`. */
  private hex4(): number {
    const digits: number[] = [];
    for (let k = 0; k < 4; k++) {
      const c = this.next();
      // Racket's (error "unexpected end-of-file"): a plain exn:fail, without position or name.
      if (c === undefined) throw new Exn("exn:fail", "unexpected end-of-file");
      digits.push(c);
    }
    let value = 0;
    for (const c of digits) {
      const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
      if (d < 0) throw this.err(`bad \\u escape ${bytesText(digits)}`);
      value = value * 16 + d;
    }
    return value;
  }

  // ---- numbers -------------------------------------------------------------------------------

  /** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, with Racket's error for each way to fail. */
  private number(): unknown {
    let negative = false;
    if (this.peek() === B.Minus) {
      this.i++;
      negative = true;
    }
    const first = this.next();
    if (!isDigit(first)) {
      throw this.badInput([...(negative ? [B.Minus] : []), ...(first === undefined ? [] : [first])], first === undefined);
    }
    let digits = String.fromCharCode(first);
    if (first !== B.Zero) while (isDigit(this.peek())) digits += String.fromCharCode(this.next()!);
    let fraction = "";
    const after = this.peek();
    if (after === B.Dot) {
      this.i++;
      const c = this.next();
      if (!isDigit(c)) {
        // `(format "~a." (* sgn n))`: the sign is lost when n is 0.
        const shown = `${signedText(negative, digits)}.`;
        throw this.badInput([...asciiBytes(shown), ...(c === undefined ? [] : [c])], c === undefined);
      }
      fraction = String.fromCharCode(c);
      while (isDigit(this.peek())) fraction += String.fromCharCode(this.next()!);
    } else if (after !== B.LowerE && after !== B.UpperE) {
      return exactInteger(negative, digits);
    }
    const mark = this.peek();
    if (mark !== B.LowerE && mark !== B.UpperE) return flonum(negative, digits + fraction, -fraction.length);
    this.i++;
    return this.exponent(negative, digits + fraction, -fraction.length, mark);
  }

  private exponent(negative: boolean, mantissa: string, scale: number, mark: number): unknown {
    const shown = () => asciiBytes(mantissaText(negative, mantissa, scale));
    let c = this.next();
    let sign = 1;
    let signByte: number[] = [];
    if (c === B.Plus || c === B.Minus) {
      sign = c === B.Minus ? -1 : 1;
      signByte = [c];
      c = this.next();
    }
    if (!isDigit(c)) throw this.badInput([...shown(), mark, ...signByte, ...(c === undefined ? [] : [c])], c === undefined);
    let exp = c - B.Zero;
    while (isDigit(this.peek())) {
      // Beyond this the result is 0.0 or infinite anyway.
      exp = Math.min(exp * 10 + (this.next()! - B.Zero), 1e15);
    }
    return flonum(negative, mantissa, scale + sign * exp);
  }
}

/** Returned by readValue when it has opened a container. */
const OPENED: unique symbol = Symbol("opened");

function decode(bytes: Uint8Array, start: number, end: number): string {
  return start === end ? "" : Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
}

function asciiBytes(s: string): number[] {
  return Array.from(s, (ch) => ch.charCodeAt(0));
}

/** The exact integer `(* sgn n)`; -0 is 0. */
function exactInteger(negative: boolean, digits: string): unknown {
  if (digits.length <= 15) {
    const n = Number(digits);
    return negative && n !== 0 ? -n : n;
  }
  const b = BigInt(digits);
  return integerFromBigInt(negative ? -b : b);
}

/** `(number->string (* sgn n))` for a digit string. */
function signedText(negative: boolean, digits: string): string {
  const n = BigInt(digits);
  return (negative && n !== 0n ? -n : n).toString();
}

/**
 * `n->string` in main.rkt: the mantissa with its decimal point put back, for error messages.
 * Racket calls substring with a negative index when the point lands before the first digit.
 */
function mantissaText(negative: boolean, mantissa: string, scale: number): string {
  const s = signedText(negative, mantissa);
  if (scale === 0) return s;
  const m = s.length + scale;
  if (m < 0) throw contractViolation("substring", "exact-nonnegative-integer?", m);
  return `${s.slice(0, m)}.${s.slice(m)}`;
}

/**
 * `(exact->inexact (* sgn n (expt 10 exp)))`, correctly rounded as JS's number parsing is. A zero
 * mantissa gives 0.0 whatever the sign (the exact product is 0).
 */
function flonum(negative: boolean, mantissa: string, exp: number): Flonum {
  if (/^0*$/.test(mantissa)) return new Flonum(0);
  const x = Number(`${mantissa}e${exp}`);
  return new Flonum(negative ? -x : x);
}
