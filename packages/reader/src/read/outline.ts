// The outline of a text: where each top-level form starts and ends and, for a definition, the
// name it defines, found from the tokens alone (no data are built). The evaluator uses it to read
// library definitions only when a program first uses them: lexing is about a third of the cost
// of reading, and most programs use a small part of the library.

import type { IToken } from "chevrotain";
import * as T from "./lexer.js";
import { TokenStream, type TextOrigin } from "./token-stream.js";

export interface OutlineEntry {
  /** The form's text is `text.slice(origin.offset, end)`. */
  readonly origin: TextOrigin;
  readonly end: number;
  /** The form's first element when it is a plain symbol (`define`, `define-syntax-rule`, ...). */
  readonly head: string | undefined;
  /** For `(define name ...)`, `(define (name ...) ...)` and curried heads: the name. */
  readonly defines: string | undefined;
  /** For `(define-syntax name ...)` and `(define-syntax-rule (name ...) ...)`: the macro's name. */
  readonly definesSyntax: string | undefined;
}

/**
 * The top-level forms of `text`, or undefined when the text is not a plain sequence of
 * parenthesized forms (a lexing error, an unbalanced bracket, a top-level atom, quote or datum
 * comment): the caller then reads it the ordinary way, which reports any error properly.
 */
export function outline(text: string): OutlineEntry[] | undefined {
  const tokens = new TokenStream(text);
  if (tokens.token(0) === undefined && tokens.firstError() !== undefined) return undefined;
  const out: OutlineEntry[] = [];
  let i = 0;
  for (let open = tokens.token(i); open !== undefined; open = tokens.token(i)) {
    if (open.tokenType !== T.Open) return undefined;
    const start = i;
    let depth = 0;
    let close: IToken | undefined;
    for (let j = i; ; j++) {
      const t = tokens.token(j);
      if (t === undefined) return undefined;
      if (t.tokenType === T.Open || t.tokenType === T.VectorOpen || t.tokenType === T.HashOpen) depth++;
      else if (t.tokenType === T.Close && --depth === 0) {
        close = t;
        i = j + 1;
        break;
      }
    }
    const head = plainSymbol(tokens.token(start + 1));
    out.push({
      origin: { offset: open.startOffset, line: open.startLine!, column: open.startColumn! },
      end: close.endOffset! + 1,
      head,
      defines: head === "define" ? definedName(tokens, start + 2) : undefined,
      definesSyntax: head === "define-syntax" ? plainSymbol(tokens.token(start + 2)) : head === "define-syntax-rule" ? definedName(tokens, start + 2) : undefined,
    });
  }
  return tokens.firstError() === undefined ? out : undefined;
}

/** The name after `define`: the symbol itself, or the first symbol of a (curried) head. */
function definedName(tokens: TokenStream, i: number): string | undefined {
  let t = tokens.token(i);
  while (t !== undefined && t.tokenType === T.Open) t = tokens.token(++i);
  return plainSymbol(t);
}

/** The token's text when it is a symbol written without escapes (its name is its image). */
function plainSymbol(t: IToken | undefined): string | undefined {
  if (t === undefined || t.tokenType !== T.Atom || /[|\\]/.test(t.image) || t.image === ".") return undefined;
  // Numbers are atoms too; a symbol never starts like one in the library's code, but be exact.
  return /^[+-]?(?:\d|\.\d)/.test(t.image) ? undefined : t.image;
}
