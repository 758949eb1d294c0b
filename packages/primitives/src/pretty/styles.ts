// Racket's pretty printer lays out a list headed by one of these symbols as code (pretty.rkt's
// `style` table), so quoted programs print the way people indent them:
//
//   (define (f x)          (if test            (let loop ((i 0))      (cond
//     body)                  then                body)                 (clause ...)
//                            else)                                     (clause ...))
//
// Each style needs the form to have a few parts (and, with graph labels, no shared tail there).

import { sym, type Sym } from "@rlms/reader";

export type Style = "lambda" | "if" | "cond" | "case" | "and" | "let" | "begin" | "do" | "module" | "syntax-case" | "make-object";

/** For each style: its symbols, and how many parts after the head it needs (Racket's no-sharing? count). */
const TABLE: ReadonlyArray<readonly [Style, number, readonly string[]]> = [
  ["lambda", 1, ["lambda", "λ", "define", "define-macro", "define-syntax", "syntax-rules", "shared", "unless", "when"]],
  ["if", 1, ["if", "set!", "set!-values"]],
  ["cond", 0, ["cond", "case-lambda"]],
  ["case", 1, ["case", "class"]],
  [
    "and",
    0,
    ["and", "or", "import", "export", "require", "require-for-syntax", "require-for-template", "provide", "link", "public", "private", "override", "rename", "inherit", "field", "init"],
  ],
  ["let", 1, ["let", "letrec", "let*", "let-values", "letrec-values", "let*-values", "let-syntax", "letrec-syntax", "let-syntaxes", "letrec-syntaxes"]],
  ["begin", 0, ["begin", "begin0"]],
  ["do", 2, ["do", "letrec-syntaxes+values"]],
  ["module", 2, ["module", "send"]],
  ["syntax-case", 2, ["syntax-case", "instantiate"]],
  ["make-object", 1, ["make-object"]],
];

const STYLES = new Map<Sym, readonly [Style, number]>();
for (const [style, parts, names] of TABLE) for (const name of names) STYLES.set(sym(name), [style, parts]);

/** The style of a head symbol and the number of parts it needs after the head, if it has one. */
export function styleOf(head: Sym): readonly [Style, number] | undefined {
  return STYLES.get(head);
}
