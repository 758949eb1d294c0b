// A parsed Racket regexp as the source of a JavaScript RegExp (used with the `u` flag and never
// with `i`, `m` or `s`: every mode has already been applied by the parser).
//
// Where JavaScript's syntax or meaning differs, the translation spells Racket's meaning out:
//   .                 any character, newline included ([\s\S]); [^\n] in (?m:) mode
//   ^ $ in (?m:)      (?:^|(?<=\n)) and (?:$|(?=\n))
//   \s                Racket's five ASCII spaces, not JavaScript's Unicode whitespace
//   (?i:...)          letters become classes of their case variants (Racket's char-upcase,
//                     char-downcase and char-foldcase, not JavaScript's case folding)
//   {,m}              {0,m}; {n,m} with m < n never matches
//   (?>X)             (?=(X))\k: the lookahead's capture is the atomic match, with a hidden group
//   (?(?=T)A|B)       (?:(?=T)A|(?!T)B), and likewise for the other lookarounds
//   \p{L&} \p{C}      classes of the general categories Racket means by them (and \p{.}
//                     matches nothing, \P{.} anything, as in Racket 8.7)
// JavaScript has no test for "group N matched" (a backreference to a group that did not match
// matches the empty string), so `(?(N)A|B)` is refused.

import type { RegexpNode } from "./ast.js";

/** A pattern feature rlms cannot translate (reported as exn:fail:unsupported). */
export class RegexpUnsupported extends Error {}

export interface Translation {
  /** The JavaScript pattern. */
  readonly source: string;
  /** For each Racket group number (index 1..n), the index of its JavaScript group. */
  readonly groupIndex: readonly number[];
}

/** A piece of output: text, or a backreference whose JavaScript group is known only at the end. */
type Piece = string | { readonly group: number };

class Translator {
  readonly pieces: Piece[] = [];
  /** JavaScript capturing groups opened so far. */
  private jsGroups = 0;
  readonly groupIndex: number[] = [0];

  emit(node: RegexpNode, capture = true): void {
    const out = this.pieces;
    switch (node.kind) {
      case "empty":
        out.push("(?:)");
        return;
      case "any":
        out.push("[\\s\\S]");
        return;
      case "char":
        out.push(jsChar(node.code));
        return;
      case "set":
        out.push(node.set.toJsClass());
        return;
      case "start":
        out.push(node.multiLine ? "(?:^|(?<=\\n))" : "^");
        return;
      case "end":
        out.push(node.multiLine ? "(?:$|(?=\\n))" : "$");
        return;
      case "word-boundary":
        out.push(node.negated ? "\\B" : "\\b");
        return;
      case "sequence":
        for (const item of node.items) this.emit(item, capture);
        return;
      case "alternatives":
        out.push("(?:");
        this.emit(node.first, capture);
        out.push("|");
        this.emit(node.second, capture);
        out.push(")");
        return;
      case "group":
        if (capture) {
          this.groupIndex[node.number] = ++this.jsGroups;
          out.push("(");
        } else {
          out.push("(?:");
        }
        this.emit(node.node, capture);
        out.push(")");
        return;
      case "repeat": {
        if (node.min > node.max) {
          out.push("(?!)");
          return;
        }
        out.push("(?:");
        this.emit(node.node, capture);
        out.push(")" + quantifier(node.min, node.max) + (node.lazy ? "?" : ""));
        return;
      }
      case "maybe":
        out.push("(?:");
        this.emit(node.node, capture);
        out.push(node.lazy ? ")??" : ")?");
        return;
      case "lookahead":
        out.push(node.matches ? "(?=" : "(?!");
        this.emit(node.node, capture);
        out.push(")");
        return;
      case "lookbehind":
        out.push(node.matches ? "(?<=" : "(?<!");
        this.emit(node.node, capture);
        out.push(")");
        return;
      case "atomic": {
        // A lookahead never backtracks into its match; the hidden group then consumes it.
        const hidden = ++this.jsGroups;
        out.push("(?=(");
        this.emit(node.node, capture);
        out.push(`))(?:\\${hidden})`);
        return;
      }
      case "conditional": {
        const test = node.test;
        if (typeof test === "number") {
          throw new RegexpUnsupported("conditionals on a group, `(?(N)...|...)`, are not supported in rlms; use an alternation");
        }
        if (test.kind !== "lookahead" && test.kind !== "lookbehind") throw new Error(`regexp: unexpected conditional test ${test.kind}`);
        out.push("(?:");
        this.emit(test, capture);
        this.emit(node.then, capture);
        out.push("|");
        this.emit({ ...test, matches: !test.matches }, false);
        this.emit(node.otherwise, capture);
        out.push(")");
        return;
      }
      case "backreference":
        out.push("(?:", { group: node.number }, ")");
        return;
      case "unicode": {
        const cats = node.categories;
        // Racket 8.7 matches `\p{.}` against nothing and `\P{.}` against any character.
        if (cats === true) out.push(node.negated ? "[\\s\\S]" : "[^\\s\\S]");
        else if (cats.length === 1) out.push(`\\${node.negated ? "P" : "p"}{${cats[0]}}`);
        else out.push(`[${node.negated ? "^" : ""}${cats.map((c) => `\\p{${c}}`).join("")}]`);
        return;
      }
    }
  }
}

function quantifier(min: number, max: number): string {
  if (max === Infinity) return min === 0 ? "*" : min === 1 ? "+" : `{${min},}`;
  return min === max ? `{${min}}` : `{${min},${max}}`;
}

/** One character outside a class: letters and digits as themselves, anything else escaped. */
function jsChar(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return String.fromCharCode(c);
  return `\\u{${c.toString(16)}}`;
}

/** The JavaScript pattern for a parsed (and validated) regexp with `groupCount` groups. */
export function translateRegexp(node: RegexpNode, groupCount: number): Translation {
  const t = new Translator();
  t.emit(node);
  for (let n = 1; n <= groupCount; n++) if (t.groupIndex[n] === undefined) throw new Error(`regexp: group ${n} was not translated`);
  const source = t.pieces.map((p) => (typeof p === "string" ? p : `\\${t.groupIndex[p.group]}`)).join("");
  return { source, groupIndex: t.groupIndex };
}
