// How `write` and `print` spell a string (Racket's racket/src/io/print/string.rkt, checked against
// Racket 8.7 on every code point): `"` and `\` and the C-style controls get backslash escapes
// (\a \b \t \n \v \f \r \e); graphic characters and space separators stay as they are (`"λ"`,
// `"😀"`); everything else becomes `\uXXXX`, or `\UXXXXXXXX` above U+FFFF, in uppercase hex.
//
// One subtlety: Racket skips a whole grapheme cluster once it sees a graphic character, so a ZWJ,
// a ZWNJ or an emoji tag character directly after a graphic character (or after another such
// skipped character) stays raw: `"a\u200Db"` prints as `"a‍b"`, while `"\u200D"` alone is escaped.
// Rarer cluster members (anything after a graphic Prepend letter such as U+0D4E, or an emoji
// unassigned in Unicode 14 after a ZWJ) are escaped here where Racket would not.

import { isClusterContinuation, isGraphic, isSpaceSeparator } from "./unicode.js";

/** `\uXXXX` or `\UXXXXXXXX` for a code point; shared with the character printer. */
export function unicodeEscape(code: number): string {
  const hex = code.toString(16).toUpperCase();
  return code <= 0xffff ? "\\u" + "0000".slice(hex.length) + hex : "\\U" + "00000000".slice(hex.length) + hex;
}

function controlEscape(c: number): string | undefined {
  switch (c) {
    case 0x07:
      return "\\a";
    case 0x08:
      return "\\b";
    case 0x09:
      return "\\t";
    case 0x0a:
      return "\\n";
    case 0x0b:
      return "\\v";
    case 0x0c:
      return "\\f";
    case 0x0d:
      return "\\r";
    case 0x1b:
      return "\\e";
    default:
      return undefined;
  }
}

/** The text `write` uses for a string, quotes included. */
export function stringToWriteString(s: string): string {
  let out = '"';
  let start = 0; // start of the pending run of characters copied as they are
  let inCluster = false; // the previous character was printed raw as part of a graphic cluster
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      if (c !== 0x22 && c !== 0x5c) {
        inCluster = true;
        continue;
      }
      out += s.slice(start, i) + (c === 0x22 ? '\\"' : "\\\\");
      start = i + 1;
      inCluster = false;
      continue;
    }
    let code = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        code = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (code >= 0x80 && isGraphic(code)) {
      inCluster = true;
    } else if (isSpaceSeparator(code)) {
      inCluster = false;
    } else if (inCluster && isClusterContinuation(code)) {
      // stays raw, and the cluster goes on
    } else {
      // A lone surrogate (impossible in Racket) falls here too and prints as `\uD800`.
      out += s.slice(start, i) + (controlEscape(code) ?? unicodeEscape(code));
      start = i + width;
      inCluster = false;
    }
    i += width - 1;
  }
  return out + s.slice(start) + '"';
}
