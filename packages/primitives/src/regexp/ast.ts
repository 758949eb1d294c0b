// The parsed form of a Racket regexp (parse.ts builds it, validate.ts checks it, translate.ts
// turns it into a JavaScript RegExp). The node kinds follow Racket's own regexp AST
// (racket/src/regexp/parse/ast.rkt), so that validation and translation can follow Racket's
// rules node by node.

import type { CodePointSet } from "./code-point-set.js";

export type RegexpNode =
  /** Matches the empty string. */
  | { readonly kind: "empty" }
  /** `.` outside multi-line mode: any character, newline included. */
  | { readonly kind: "any" }
  /** One literal character (a code point). */
  | { readonly kind: "char"; readonly code: number }
  /** A set of characters: `[...]`, `\d`, a case-insensitive letter, `.` in multi-line mode. */
  | { readonly kind: "set"; readonly set: CodePointSet }
  /** `^` and `$`: the input's start and end; in multi-line mode, also after/before a newline. */
  | { readonly kind: "start"; readonly multiLine: boolean }
  | { readonly kind: "end"; readonly multiLine: boolean }
  /** `\b` and `\B` (pregexp). */
  | { readonly kind: "word-boundary"; readonly negated: boolean }
  | { readonly kind: "sequence"; readonly items: readonly RegexpNode[] }
  | { readonly kind: "alternatives"; readonly first: RegexpNode; readonly second: RegexpNode }
  /** A capturing group; `number` counts from 1 in the order of the opening parentheses. */
  | { readonly kind: "group"; readonly node: RegexpNode; readonly number: number }
  /** `*`, `+`, `{n,m}` (max may be Infinity); `lazy` for the non-greedy `?` suffix. */
  | { readonly kind: "repeat"; readonly node: RegexpNode; readonly min: number; readonly max: number; readonly lazy: boolean }
  /** `?` */
  | { readonly kind: "maybe"; readonly node: RegexpNode; readonly lazy: boolean }
  /** `(?=...)` (`matches`) and `(?!...)`. */
  | { readonly kind: "lookahead"; readonly node: RegexpNode; readonly matches: boolean }
  /** `(?<=...)` (`matches`) and `(?<!...)`. */
  | { readonly kind: "lookbehind"; readonly node: RegexpNode; readonly matches: boolean }
  /** `(?>...)`: matches like its content, then never backtracks into it. */
  | { readonly kind: "atomic"; readonly node: RegexpNode }
  /** `(?(test)then|else)`; the test is a group number or a lookahead/lookbehind. */
  | { readonly kind: "conditional"; readonly test: number | RegexpNode; readonly then: RegexpNode; readonly otherwise: RegexpNode }
  /** `\N` (pregexp): what group N matched. */
  | { readonly kind: "backreference"; readonly number: number }
  /** `\p{...}` / `\P{...}`: Unicode general categories (true: any character). */
  | { readonly kind: "unicode"; readonly categories: readonly string[] | true; readonly negated: boolean };

export const EMPTY: RegexpNode = { kind: "empty" };

/** A sequence of nodes, flattened the way Racket's rx-sequence does. */
export function sequenceOf(items: readonly RegexpNode[]): RegexpNode {
  const flat: RegexpNode[] = [];
  for (const item of items) {
    if (item.kind === "empty") continue;
    if (item.kind === "sequence") flat.push(...item.items);
    else flat.push(item);
  }
  if (flat.length === 0) return EMPTY;
  return flat.length === 1 ? flat[0]! : { kind: "sequence", items: flat };
}
