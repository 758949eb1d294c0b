// Racket's checks on a parsed regexp (racket/src/regexp/analyze/validate.rkt): a repeated operand
// that could match the empty string, an unbounded lookbehind and a backreference to a group that
// does not exist are errors. The walk also finds the regexp's lookbehind, the number of
// characters before a match position that matching may look at (`^`, `\b`, `(?<=...)`): the
// matching loops of regexp-match* and friends keep that much context between searches.
//
// Lengths count characters here, where Racket counts UTF-8 bytes; the checks only depend on
// whether a length is zero or unbounded, which is the same in both units.

import type { RegexpNode } from "./ast.js";
import { RegexpSyntaxError } from "./parse.js";

interface Lengths {
  readonly min: number;
  readonly max: number;
  readonly lookbehind: number;
}

const mightBeEmpty = (): never => {
  throw new RegexpSyntaxError("`*`, `+`, or `{...}` operand could be empty");
};

/** Checks the regexp; returns its lookbehind (in characters). */
export function validateRegexp(root: RegexpNode, groupCount: number): number {
  // Minimum length of what each group matched, once walked. Racket numbers groups from 0 here
  // but looks them up with a backreference's number, which counts from 1 (so `\1` consults the
  // second group), and keys the backreferences inside repetitions by number - 1; the same keys
  // are used below so that exactly Racket's patterns are refused.
  const groupSizes = new Map<number, number>();
  let dependsSizes = new Set<number>();
  let mustSizes = new Set<number>();

  const walk = (node: RegexpNode): Lengths => {
    switch (node.kind) {
      case "any":
      case "char":
      case "set":
      case "unicode":
        return { min: 1, max: 1, lookbehind: 0 };
      case "empty":
        return { min: 0, max: 0, lookbehind: 0 };
      case "end":
        return { min: 0, max: 0, lookbehind: 0 };
      case "start":
      case "word-boundary":
        return { min: 0, max: 0, lookbehind: 1 };
      case "alternatives": {
        const a = walk(node.first);
        const b = walk(node.second);
        return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max), lookbehind: Math.max(a.lookbehind, b.lookbehind) };
      }
      case "sequence": {
        let min = 0;
        let max = 0;
        let lookbehind = 0;
        for (const item of node.items) {
          const l = walk(item);
          lookbehind = Math.max(lookbehind, l.lookbehind - min);
          min += l.min;
          max += l.max;
        }
        return { min, max, lookbehind };
      }
      case "group": {
        const l = walk(node.node);
        groupSizes.set(node.number - 1, l.min);
        return l;
      }
      case "repeat": {
        const outer = dependsSizes;
        dependsSizes = new Set();
        const l = walk(node.node);
        if (l.min === 0) mightBeEmpty();
        for (const n of dependsSizes) mustSizes.add(n);
        for (const n of outer) dependsSizes.add(n);
        return { min: l.min * node.min, max: node.max === 0 ? 0 : l.max * node.max, lookbehind: l.lookbehind };
      }
      case "maybe": {
        const l = walk(node.node);
        return { min: 0, max: l.max, lookbehind: l.lookbehind };
      }
      case "conditional": {
        const t = typeof node.test === "number" ? backreference(node.test) : walk(node.test);
        const a = walk(node.then);
        const b = walk(node.otherwise);
        return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max), lookbehind: Math.max(t.lookbehind, a.lookbehind, b.lookbehind) };
      }
      case "lookahead":
        return { min: 0, max: 0, lookbehind: walk(node.node).lookbehind };
      case "lookbehind": {
        const l = walk(node.node);
        if (l.max === Infinity) throw new RegexpSyntaxError("lookbehind pattern does not match a bounded length");
        return { min: 0, max: 0, lookbehind: Math.max(l.max, l.lookbehind) };
      }
      case "atomic":
        return walk(node.node);
      case "backreference":
        return backreference(node.number);
    }
  };

  const backreference = (n: number): Lengths => {
    if (n > groupCount) throw new RegexpSyntaxError("backreference number is larger than the highest-numbered cluster");
    const known = groupSizes.get(n);
    if (known !== undefined) return { min: known, max: Infinity, lookbehind: 0 };
    dependsSizes.add(n - 1);
    return { min: 1, max: Infinity, lookbehind: 0 };
  };

  const lookbehind = walk(root).lookbehind;
  for (const n of mustSizes) if (!((groupSizes.get(n) ?? 0) > 0)) mightBeEmpty();
  return lookbehind;
}
