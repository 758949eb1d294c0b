// How `write` and `print` spell a character (Racket's racket/src/io/print/char.rkt, checked
// against Racket 8.7 on every code point): nine characters have names; graphic characters print
// after `#\`; all others as `#\uXXXX`, or `#\UXXXXXXXX` above U+FFFF. Unlike strings, a space
// separator other than space itself is not graphic: `#\u00A0`. Racket reads other names
// (`#\linefeed`, `#\alarm`...) but never prints them.

import { isGraphic } from "./unicode.js";
import { unicodeEscape } from "./string.js";

function charName(code: number): string | undefined {
  switch (code) {
    case 0x00:
      return "nul";
    case 0x08:
      return "backspace";
    case 0x09:
      return "tab";
    case 0x0a:
      return "newline";
    case 0x0b:
      return "vtab";
    case 0x0c:
      return "page";
    case 0x0d:
      return "return";
    case 0x20:
      return "space";
    case 0x7f:
      return "rubout";
    default:
      return undefined;
  }
}

/** The text `write` uses for the character with this code point. */
export function charToWriteString(code: number): string {
  const name = charName(code);
  if (name !== undefined) return "#\\" + name;
  if (isGraphic(code)) return "#\\" + String.fromCodePoint(code);
  return "#\\" + unicodeEscape(code).slice(1);
}
