// The token layer, built with chevrotain's lexer (positions and error recovery come with it).
// The data are built straight from the token stream by `builder.ts`: chevrotain's parser layer
// was measured at about a third of the lexer's throughput, and S-expressions need no grammar
// beyond bracket matching.
//
// Token order matters: chevrotain takes the first pattern that matches, so the specific `#`
// forms come before the catch-all `HashAtom`, and `,@` before `,`.

import type { IToken, TokenType } from "chevrotain";
import { createToken, Lexer } from "./chevrotain-bundle.js";

/** Characters that end an atom (Racket's delimiters): `\s` plus U+0085 (NEL), which Racket's `char-whitespace?` counts and JS's `\s` does not. */
const DELIMITER = String.raw`\s\u0085()[\]{}",'\x60;`;

// Chevrotain's first-character dispatch cannot analyse complement classes like [^...], so the
// patterns that use them say which characters they can start with. Characters above 255 share
// dispatch buckets of 255 code units: one representative per bucket covers them all.
function atomStartChars(): number[] {
  const out: number[] = [];
  const delimiterOrHash = new RegExp(`[${DELIMITER}#]`);
  for (let c = 0; c < 256; c++) if (!delimiterOrHash.test(String.fromCharCode(c))) out.push(c);
  for (let c = 256; c < 65536; c += 255) out.push(c);
  out.push(65535);
  return out;
}

// Nested `#| ... |#`. An unclosed comment matches to the end of input as `UnclosedBlockComment`
// so the builder can say where it was opened.
function matchBlockComment(closed: boolean) {
  return (text: string, offset: number): [string] | null => {
    if (text.charCodeAt(offset) !== 35 /* # */ || text.charCodeAt(offset + 1) !== 124 /* | */) return null;
    let depth = 1;
    let i = offset + 2;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 124 && text.charCodeAt(i + 1) === 35) {
        i += 2;
        if (--depth === 0) return closed ? [text.slice(offset, i)] : null;
      } else if (c === 35 && text.charCodeAt(i + 1) === 124) {
        i += 2;
        depth++;
      } else i++;
    }
    return closed ? null : [text.slice(offset)];
  };
}

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[\s\u0085]+/, group: Lexer.SKIPPED, line_breaks: true });
export const LineComment = createToken({ name: "LineComment", pattern: /;[^\n\r]*/, group: Lexer.SKIPPED });
/** `#!/usr/bin/env racket` or `#! ...` lines are comments in Racket. */
export const ShebangComment = createToken({ name: "ShebangComment", pattern: /#![ /][^\n\r]*/, group: Lexer.SKIPPED });
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: { exec: matchBlockComment(true) },
  group: Lexer.SKIPPED,
  line_breaks: true,
  start_chars_hint: ["#"],
});
export const UnclosedBlockComment = createToken({
  name: "UnclosedBlockComment",
  pattern: { exec: matchBlockComment(false) },
  line_breaks: true,
  start_chars_hint: ["#"],
});
export const DatumComment = createToken({ name: "DatumComment", pattern: /#;/ });
export const LangLine = createToken({ name: "LangLine", pattern: /#lang [^\n\r]*/ });

export const Open = createToken({ name: "Open", pattern: /[([{]/ });
export const Close = createToken({ name: "Close", pattern: /[)\]}]/ });
export const VectorOpen = createToken({ name: "VectorOpen", pattern: /#[([{]/ });
export const HashOpen = createToken({ name: "HashOpen", pattern: /#hash(?:eqv|eq)?[([{]/ });
export const BoxPrefix = createToken({ name: "BoxPrefix", pattern: /#&/ });

export const Quote = createToken({ name: "Quote", pattern: /'/ });
export const Quasiquote = createToken({ name: "Quasiquote", pattern: /`/ });
export const UnquoteSplicing = createToken({ name: "UnquoteSplicing", pattern: /,@/ });
export const Unquote = createToken({ name: "Unquote", pattern: /,/ });
export const Syntax = createToken({ name: "Syntax", pattern: /#'/ });
export const Quasisyntax = createToken({ name: "Quasisyntax", pattern: /#`/ });
export const UnsyntaxSplicing = createToken({ name: "UnsyntaxSplicing", pattern: /#,@/ });
export const Unsyntax = createToken({ name: "Unsyntax", pattern: /#,/ });
/**
 * `#rx"..."` and `#px"..."`: a regexp literal, its string possibly unclosed (the builder reports
 * it). Byte-regexp literals (`#rx#"..."`) do not match and end up refused as `#rx#`.
 */
export const RegexpLit = createToken({ name: "RegexpLit", pattern: /#[rp]x"(?:[^"\\]|\\[\s\S])*"?/, line_breaks: true, start_chars_hint: ["#"] });

/** A string, possibly unclosed (then it runs to the end of input and the builder reports it). */
export const StringLit = createToken({ name: "StringLit", pattern: /"(?:[^"\\]|\\[\s\S])*"?/, line_breaks: true });
/**
 * `#\a`, `#\space`, `#\u3bb`, `#\101`, `#\(`. As in Racket, a run of letters is a character
 * name only when it has two or more letters; otherwise one character is read and the text after
 * it starts the next token (`#\a1` is `#\a` then `1`). `#\x41` is the R7RS hex form.
 */
export const CharLit = createToken({
  name: "CharLit",
  // A function, not a regex: chevrotain rebuilds patterns without the `u` flag, and letter runs
  // need Unicode's idea of a letter (`#\λx` is a bad name, as in Racket).
  pattern: { exec: matchChar },
  line_breaks: true,
  start_chars_hint: ["#"],
});

const CHAR_NUMERIC = /^(?:[uU][0-9a-fA-F]{1,8}|x[0-9a-fA-F]{1,6}|[0-7]{3})/;
const LETTER_RUN = /^\p{L}{2,}/u;

function matchChar(text: string, offset: number): [string] | null {
  if (text.charCodeAt(offset) !== 35 || text.charCodeAt(offset + 1) !== 92) return null;
  const start = offset + 2;
  if (start >= text.length) return null;
  const ahead = text.slice(start, start + 32);
  const m = CHAR_NUMERIC.exec(ahead) ?? LETTER_RUN.exec(ahead);
  if (m !== null) return [text.slice(offset, start + m[0].length)];
  const cp = text.codePointAt(start)!;
  return [text.slice(offset, start + (cp > 0xffff ? 2 : 1))];
}

export const KeywordLit = createToken({ name: "KeywordLit", pattern: new RegExp(String.raw`#:(?:[^${DELIMITER}|\\]|\\[\s\S]|\|[^|]*\|)*`), start_chars_hint: ["#"] });
/** Every other `#` form that is one atom: booleans, number prefixes, `#%app`; classified later. */
export const HashAtom = createToken({ name: "HashAtom", pattern: new RegExp(String.raw`#(?:[^${DELIMITER}|\\]|\\[\s\S]|\|[^|]*\|)+`), start_chars_hint: ["#"], line_breaks: true });
/** A symbol or number, with `|...|` and `\` escapes. Never starts with `#`. */
export const Atom = createToken({
  name: "Atom",
  pattern: new RegExp(String.raw`(?:[^${DELIMITER}|\\#]|\\[\s\S]|\|[^|]*\|)(?:[^${DELIMITER}|\\]|\\[\s\S]|\|[^|]*\|)*`),
  line_breaks: true,
  start_chars_hint: atomStartChars(),
});

const allTokens: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnclosedBlockComment,
  DatumComment,
  LangLine,
  ShebangComment,
  HashOpen,
  VectorOpen,
  BoxPrefix,
  Open,
  Close,
  UnquoteSplicing,
  Unquote,
  Quote,
  Quasiquote,
  Syntax,
  Quasisyntax,
  UnsyntaxSplicing,
  Unsyntax,
  StringLit,
  RegexpLit,
  CharLit,
  KeywordLit,
  HashAtom,
  Atom,
];

export const schemeLexer = new Lexer(allTokens, {
  positionTracking: "full",
  // chevrotain's default line terminators (\n, \r\n, \r) count lines as Racket does.
  ensureOptimizations: true,
});

export type Token = IToken;
