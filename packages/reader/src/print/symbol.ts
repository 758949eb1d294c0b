// How `write` and `print` spell a symbol or keyword so that `read` gives it back (Racket's
// racket/src/io/print/symbol.rkt, checked against Racket 8.7):
//   - as is when every character is "simple" and the text would not read as a number;
//   - `|...|` when it would read as a number (`|1|`, `|+i|`, `|1/0|`) or is empty (`||`), or when
//     some character is not simple (`|a b|`, `|#foo|`, `|.|`);
//   - with a backslash before each non-simple character instead when the text contains `|`
//     itself, since bars cannot quote a bar (`a\|b`, `\#a\|`).
// A keyword prints as `#:` and its name spelled the same way, except that a name that would read
// as a number needs no quoting after `#:` (`#:1`), and the empty name stays empty (`#:`).

import { parseNumber } from "../read/number-syntax.js";

/** Would the reader take this text as a number (or reject it as a malformed one)? Then it needs bars. */
// (Names starting with `#` are decided by the `#` rules above, not by the number grammar.)
const readsAsNumber = (s: string): boolean => s.charCodeAt(0) !== 35 && parseNumber(s).kind !== "not-a-number";

/** Racket's `char-whitespace?` (the Unicode White_Space property). */
function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Whether the character at index i can appear unquoted in a symbol (`is-simple?` in Racket). */
function isSimple(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  switch (c) {
    case 0x28: // ( [ { ) ] }
    case 0x5b:
    case 0x7b:
    case 0x29:
    case 0x5d:
    case 0x7d:
    case 0x22: // " \ ' , ; ` |
    case 0x5c:
    case 0x27:
    case 0x2c:
    case 0x3b:
    case 0x60:
    case 0x7c:
    case 0xfeff: // BOM, whitespace to the reader
      return false;
    case 0x23: // `#` starts a symbol only as `#%...`
      return i !== 0 || (s.length >= 2 && s.charCodeAt(1) === 0x25);
    case 0x2e: // a lone `.` is the dot of a pair
      return i !== 0 || s.length !== 1;
    default:
      return !isWhitespace(c);
  }
}

function allSimple(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSimple(s, i)) return false;
  return true;
}

/** The text `write` uses for a symbol with this name. */
export function symbolToWriteString(name: string): string {
  if (allSimple(name)) {
    return name.length === 0 || readsAsNumber(name) ? "|" + name + "|" : name;
  }
  if (name.indexOf("|") < 0) return "|" + name + "|";
  // Backslash-quote each non-simple character (iterating by UTF-16 unit is fine: every non-simple
  // character is in the BMP).
  let out = "";
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    if (!isSimple(name, i)) {
      out += name.slice(start, i) + "\\" + name[i];
      start = i + 1;
    }
  }
  return out + name.slice(start);
}

/** The text `write` uses for a keyword with this name, including the `#:`. */
export function keywordToWriteString(name: string): string {
  return "#:" + (allSimple(name) ? name : symbolToWriteString(name));
}
