// Decoding the text of string, character, symbol and keyword tokens.
//
// Racket is the reference, with one deliberate extension: R7RS's `\x41;` hex escape in strings
// and `#\x41` hex characters (the dialect spec lists both). Racket 8.7 reads "\x41;" as "A;" and
// `#\x41` as `#\x` followed by 41, which no program means on purpose.

import { isScalarValue } from "../datum/char.js";

/** Where in a token a problem is: an index into the token's text. */
export class EscapeError {
  constructor(
    readonly message: string,
    readonly index: number,
    readonly incomplete = false,
  ) {}
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: "\x07",
  b: "\b",
  t: "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  '"': '"',
  "'": "'",
  "\\": "\\",
};

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isOctal = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "7";

/** The characters of a string token `"..."`, or an EscapeError. */
export function decodeString(image: string): string | EscapeError {
  // Fast path: no escapes.
  const last = image.length - 1;
  if (image.indexOf("\\") < 0) {
    if (last >= 1 && image.charCodeAt(last) === 34) return image.slice(1, last);
    return new EscapeError("unclosed string", 0, true);
  }
  let out = "";
  let i = 1;
  for (;;) {
    const j = image.indexOf("\\", i);
    const q = image.indexOf('"', i);
    if (q >= 0 && (j < 0 || q < j)) {
      if (q !== last) throw new Error("string token with text after its closing quote");
      return out + image.slice(i, q);
    }
    if (j < 0) return new EscapeError("unclosed string", 0, true);
    out += image.slice(i, j);
    i = j + 1;
    const c = image[i];
    if (c === undefined) return new EscapeError("unclosed string", 0, true);
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
      i++;
    } else if (c === "\n" || c === "\r") {
      // Backslash-newline: the line break is dropped (Racket keeps the next line's indentation).
      i += c === "\r" && image[i + 1] === "\n" ? 2 : 1;
    } else if (isOctal(c)) {
      let k = i;
      while (k < i + 3 && isOctal(image[k])) k++;
      const code = parseInt(image.slice(i, k), 8);
      if (code > 255) return new EscapeError(`bad escape \`\\${image.slice(i, k)}\` in string`, j);
      out += String.fromCharCode(code);
      i = k;
    } else if (c === "x" || c === "u" || c === "U") {
      let k = i + 1;
      const max = c === "x" ? 2 : c === "u" ? 4 : 8;
      while (k < i + 1 + max && isHex(image[k])) k++;
      // R7RS form: \x<hex>+; (any number of digits, closed by a semicolon).
      if (c === "x") {
        let r = k;
        while (isHex(image[r])) r++;
        if (image[r] === ";") k = r;
      }
      if (k === i + 1) return new EscapeError(`bad escape \`\\${c}\` in string: expected hex digits`, j);
      let code = parseInt(image.slice(i + 1, k), 16);
      if (c === "x" && image[k] === ";") k++;
      if (c === "u" && code >= 0xd800 && code <= 0xdbff) {
        // A surrogate pair spelled as two \u escapes.
        const m = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(image.slice(k));
        if (m === null) return new EscapeError(`bad or incomplete surrogate-style encoding at \`\\u${image.slice(i + 1, k)}\``, j);
        code = 0x10000 + ((code - 0xd800) << 10) + (parseInt(m[1]!, 16) - 0xdc00);
        k += 6;
      }
      if (!isScalarValue(code)) return new EscapeError(`bad escape \`${image.slice(j, k)}\` in string: not a Unicode character`, j);
      out += String.fromCodePoint(code);
      i = k;
    } else {
      return new EscapeError(`bad escape \`\\${String.fromCodePoint(image.codePointAt(i)!)}\` in string`, j);
    }
  }
}

const CHAR_NAMES: Record<string, number> = {
  nul: 0,
  null: 0,
  backspace: 8,
  tab: 9,
  newline: 10,
  linefeed: 10,
  vtab: 11,
  page: 12,
  return: 13,
  space: 32,
  rubout: 127,
};

/** The code point of a `#\...` token, or an EscapeError. */
export function decodeChar(image: string): number | EscapeError {
  const body = image.slice(2);
  if (body === "") return new EscapeError("expected a character after `#\\`", 0, true);
  const first = body.codePointAt(0)!;
  if (body.length === String.fromCodePoint(first).length) return first;
  const named = CHAR_NAMES[body.toLowerCase()];
  if (named !== undefined) return named;
  let m = /^[uU]([0-9a-fA-F]{1,8})$/.exec(body) ?? /^x([0-9a-fA-F]{1,6})$/.exec(body);
  if (m !== null) {
    const code = parseInt(m[1]!, 16);
    if (isScalarValue(code) && (body[0] !== "u" || m[1]!.length <= 4)) return code;
  }
  m = /^([0-7]{3})$/.exec(body);
  if (m !== null && parseInt(m[1]!, 8) <= 255) return parseInt(m[1]!, 8);
  return new EscapeError(`bad character name \`${image}\``, 0);
}

/**
 * The name of a symbol or keyword token with `|...|` and `\` escapes, or undefined when the text
 * has none (then it may be a number). Unclosed bars never reach here: the lexer rejects them.
 */
export function decodeSymbolText(image: string): string {
  let out = "";
  for (let i = 0; i < image.length; i++) {
    const c = image[i]!;
    if (c === "|") {
      const close = image.indexOf("|", i + 1);
      out += image.slice(i + 1, close);
      i = close;
    } else if (c === "\\") {
      out += image[++i] ?? "";
    } else out += c;
  }
  return out;
}
