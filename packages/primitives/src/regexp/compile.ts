// From a regexp value (`#rx"..."`, `(pregexp "...")`) to what the matchers use: the JavaScript
// RegExp, the mapping of Racket's groups to its groups, and the lookbehind. Compiled once per
// value (kept in a WeakMap: the value itself belongs to the reader package) and once per
// pattern string, since `(regexp-match "a+" s)` in a loop compiles the same string each time.

import { RegexpValue } from "@rlms/reader";
import { parseRegexp } from "./parse.js";
import { translateRegexp } from "./translate.js";
import { validateRegexp } from "./validate.js";

export interface CompiledRegexp {
  readonly value: RegexpValue;
  /** Searches from `lastIndex` (flags `dgu`: match indices, global, Unicode). Shared: set `lastIndex` before each use. */
  readonly search: RegExp;
  /** Racket's capturing groups. */
  readonly groupCount: number;
  /** For each Racket group number (1..groupCount), its index in the JavaScript match. */
  readonly groupIndex: readonly number[];
  /** Characters before the search position that matching may look at. */
  readonly lookbehind: number;
  /** The variant whose match must end more than `context` characters into the text searched. */
  nonEmptyAfter(context: number): RegExp;
}

class Compiled implements CompiledRegexp {
  private readonly variants = new Map<number, RegExp>();
  readonly search: RegExp;

  constructor(
    readonly value: RegexpValue,
    private readonly source: string,
    readonly groupCount: number,
    readonly groupIndex: readonly number[],
    readonly lookbehind: number,
  ) {
    this.search = new RegExp(source, "dgu");
  }

  nonEmptyAfter(context: number): RegExp {
    let rx = this.variants.get(context);
    if (rx === undefined) {
      // Racket's no-empty-edge-matches: `(?:rx)(?<=.{n})` with n one more than the context.
      rx = new RegExp(`(?:${this.source})(?<=[\\s\\S]{${context + 1}})`, "dgu");
      this.variants.set(context, rx);
    }
    return rx;
  }
}

const compiledValues = new WeakMap<RegexpValue, CompiledRegexp>();

/**
 * Compiles a regexp value. Throws RegexpSyntaxError (a bad pattern, with Racket's message) or
 * RegexpUnsupported (a construct JavaScript cannot express).
 */
export function compileRegexp(value: RegexpValue): CompiledRegexp {
  let c = compiledValues.get(value);
  if (c === undefined) {
    const parsed = parseRegexp(value.source, value.pregexp);
    const lookbehind = validateRegexp(parsed.node, parsed.groupCount);
    const { source, groupIndex } = translateRegexp(parsed.node, parsed.groupCount);
    c = new Compiled(value, source, parsed.groupCount, groupIndex, lookbehind);
    compiledValues.set(value, c);
  }
  return c;
}

/** Regexp values for pattern strings, most recent last (a small cache, like Racket's). */
const stringPatterns = new Map<string, RegexpValue>();
const STRING_CACHE_SIZE = 64;

/** The `regexp` value of a pattern string (compiled and validated). */
export function regexpOfString(pattern: string): CompiledRegexp {
  let value = stringPatterns.get(pattern);
  if (value === undefined) {
    value = new RegexpValue(pattern, false);
    const compiled = compileRegexp(value);
    if (stringPatterns.size >= STRING_CACHE_SIZE) stringPatterns.delete(stringPatterns.keys().next().value!);
    stringPatterns.set(pattern, value);
    return compiled;
  }
  return compileRegexp(value);
}
