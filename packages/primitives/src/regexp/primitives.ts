// The regexp procedures of racket/base. Those that call a procedure of the program
// (regexp-match* with #:match-select, regexp-replace with a procedure insert) are finished in
// scheme/regexp.scm on top of the `%`-named helpers here, which do all the matching.

import { Pair, RegexpValue, isSchemeString, list, setRegexpLiteralCheck, stringValue, write } from "@rlms/reader";
import { Exn, contractViolation, definePrimitive, errorValue, isProcedure } from "@rlms/evaluator";
import { inputArgument, loopRegion, matchRegion, patternArgument, regexpProblem } from "./arguments.js";
import { compileRegexp, type CompiledRegexp } from "./compile.js";
import { expandInsert } from "./insert.js";
import { RegexpSyntaxError } from "./parse.js";
import { allMatches, firstMatch, type MatchPositions, type Subject } from "./search.js";
import { RegexpUnsupported } from "./translate.js";

// A bad `#rx`/`#px` literal is a read error, as in Racket.
setRegexpLiteralCheck((value) => {
  try {
    compileRegexp(value);
    return undefined;
  } catch (e) {
    if (e instanceof RegexpSyntaxError || e instanceof RegexpUnsupported) return `${e.message}\n  pattern: ${write(value.source)}`;
    throw e;
  }
});

const MATCH_INPUT = "(or/c bytes? string? input-port? path?)";
const LOOP_INPUT = "(or/c string? bytes? path? input-port?)";
const REPLACE_INPUT = "(or/c bytes? string?)";

/**
 * `(%make-regexp 'regexp source pregexp? handled?)`: the regexp; with `handled?`, a bad pattern
 * gives its message instead, for `regexp`'s handler argument (scheme/regexp.scm).
 */
const makeRegexp = definePrimitive("%make-regexp", 4, (who: { name: string }, source: unknown, pregexp: boolean, handled: unknown) => {
  if (!isSchemeString(source)) throw contractViolation(who.name, "string?", source);
  const value = new RegexpValue(stringValue(source), pregexp);
  try {
    compileRegexp(value);
  } catch (e) {
    if (handled !== false && e instanceof RegexpSyntaxError) return e.message;
    throw regexpProblem(who.name, value.source, e);
  }
  return value;
});

/** The text of each group of a match (#f for a group that did not match). */
function matchStrings(subject: Subject, m: MatchPositions): unknown[] {
  return m.map((span) => (span === undefined ? false : subject.slice(span[0], span[1])));
}

function matchPairs(m: MatchPositions): unknown[] {
  return m.map((span) => (span === undefined ? false : new Pair(span[0], span[1])));
}

/** `(regexp-match pattern input [start end])` and the variants that differ in what they return. */
function matcher<T>(who: string, result: (subject: Subject, m: MatchPositions | undefined) => T) {
  return definePrimitive(who, [2, 4], (pattern: unknown, input: unknown, start?: unknown, end?: unknown) => {
    const rx = patternArgument(who, pattern);
    const subject = inputArgument(who, input, MATCH_INPUT);
    const [from, to] = matchRegion(who, subject, start, end);
    return result(subject, firstMatch(rx, subject, from, to));
  });
}

const regexpMatch = matcher("regexp-match", (subject, m) => (m === undefined ? false : list(matchStrings(subject, m))));
const regexpMatchPositions = matcher("regexp-match-positions", (_subject, m) => (m === undefined ? false : list(matchPairs(m))));
const regexpMatchP = matcher("regexp-match?", (_subject, m) => m !== undefined);

/** Does the pattern match the whole input? (Racket reports its errors as regexp-match-positions.) */
const regexpMatchExact = definePrimitive("regexp-match-exact?", 2, (pattern: unknown, input: unknown) => {
  const who = "regexp-match-positions";
  const rx = patternArgument(who, pattern);
  const subject = inputArgument(who, input, MATCH_INPUT);
  const m = firstMatch(rx, subject, 0, subject.length);
  return m !== undefined && m[0]![0] === 0 && m[0]![1] === subject.length;
});

/** The matches of regexp-match* and friends: a string pattern is compiled (and blamed) as `regexp`. */
function loopMatches(who: string, pattern: unknown, input: unknown, start: unknown, end: unknown): { subject: Subject; from: number; to: number; matches: MatchPositions[] } {
  const rx = patternArgument(who, pattern, "regexp");
  const subject = inputArgument(who, input, LOOP_INPUT);
  const [from, to] = loopRegion(who, subject, start, end);
  return { subject, from, to, matches: allMatches(rx, subject, from, to) };
}

/** The stretches of [from, to) before each match and after the last one: one more than the matches. */
function gaps(from: number, to: number, matches: readonly MatchPositions[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let at = from;
  for (const m of matches) {
    out.push([at, m[0]![0]]);
    at = m[0]![1];
  }
  out.push([at, to]);
  return out;
}

/** `(%regexp-match* who pattern input start end)`: the matched strings (regexp-match*'s default). */
const matchAllStrings = definePrimitive("%regexp-match*", 5, (who: { name: string }, pattern: unknown, input: unknown, start: unknown, end: unknown) => {
  const { subject, matches } = loopMatches(who.name, pattern, input, start, end);
  return list(matches.map((m) => subject.slice(m[0]![0], m[0]![1])));
});

/**
 * `(%regexp-match-parts who pattern input start end positions? gaps?)`: each match as the list of
 * its groups (strings, or pairs of positions with positions?); with gaps?, interleaved with the
 * text between matches (or its positions): `(gap groups gap groups ... gap)`.
 */
const matchParts = definePrimitive(
  "%regexp-match-parts",
  7,
  (who: { name: string }, pattern: unknown, input: unknown, start: unknown, end: unknown, positions: unknown, withGaps: unknown) => {
    const { subject, from, to, matches } = loopMatches(who.name, pattern, input, start, end);
    const groups = (m: MatchPositions): unknown => list(positions === false ? matchStrings(subject, m) : matchPairs(m));
    if (withGaps === false) return list(matches.map(groups));
    const out: unknown[] = [];
    gaps(from, to, matches).forEach(([a, b], i) => {
      out.push(positions === false ? subject.slice(a, b) : new Pair(a, b));
      if (i < matches.length) out.push(groups(matches[i]!));
    });
    return list(out);
  },
);

const regexpSplit = definePrimitive("regexp-split", [2, 4], (pattern: unknown, input: unknown, start?: unknown, end?: unknown) => {
  const { subject, from, to, matches } = loopMatches("regexp-split", pattern, input, start, end);
  return list(gaps(from, to, matches).map(([a, b]) => subject.slice(a, b)));
});

/**
 * `(%regexp-replace who pattern input insert start end all?)`: the result string when `insert`
 * is a string; when it is a procedure, `(text groups text groups ... text)` for the caller
 * (scheme/regexp.scm) to apply it to each match's groups and join.
 */
const regexpReplace = definePrimitive(
  "%regexp-replace",
  7,
  (who: { name: string }, pattern: unknown, input: unknown, insert: unknown, start: unknown, end: unknown, all: unknown) => {
    const name = who.name;
    // Racket's regexp-replace checks a pattern of the wrong type through regexp-max-lookbehind.
    const rx = patternArgument(name, pattern, name, () => contractViolation("regexp-max-lookbehind", "regexp?", pattern));
    const subject = inputArgument(name, input, REPLACE_INPUT);
    if (!isSchemeString(insert) && !isProcedure(insert)) throw contractViolation(name, "(or/c string? bytes? procedure?)", insert);
    const [from, to] = loopRegion(name, subject, start, end);
    const matches = all === false ? firstMatchOnly(rx, subject, from, to) : allMatches(rx, subject, from, to);
    const text = isSchemeString(insert) ? stringValue(insert) : undefined;
    // The text between replacements, with what lies outside [from, to) kept at both ends.
    const between = gaps(from, to, matches).map(([a, b], i, all) => subject.slice(i === 0 ? 0 : a, i === all.length - 1 ? subject.length : b));
    if (text !== undefined) {
      let out = between[0]!;
      matches.forEach((m, i) => {
        const groups = matchStrings(subject, m).map((g) => (g === false ? undefined : (g as string)));
        out += expandInsert(text, groups) + between[i + 1]!;
      });
      return out;
    }
    // For a procedure insert: (text groups text groups ... text).
    const pieces: unknown[] = [between[0]];
    matches.forEach((m, i) => pieces.push(list(matchStrings(subject, m)), between[i + 1]));
    return list(pieces);
  },
);

function firstMatchOnly(rx: CompiledRegexp, subject: Subject, from: number, to: number): MatchPositions[] {
  const m = firstMatch(rx, subject, from, to);
  return m === undefined ? [] : [m];
}

/** `#:match-select` and `#:gap-select?` of regexp-match* (any procedure) and regexp-match-positions*. */
const checkMatchSelect = definePrimitive("%check-match-select", 3, (who: { name: string }, select: unknown, gaps: unknown) => {
  if (who.name === "regexp-match-positions*") {
    if (!isProcedure(select)) throw contractViolation(who.name, "procedure?", select);
  } else if (select === false) {
    if (gaps === false) throw new Exn("exn:fail:contract", `${who.name}: one of \`match-select' or \`gap-select' must be non-#f`);
  } else if (!isProcedure(select)) {
    throw contractViolation(who.name, "(or/c procedure? #f)", select);
  }
  return true;
});

/** The result of a procedure insert must be a string; Racket's message calls it "result". */
const checkInsertResult = definePrimitive("%regexp-insert-result", 2, (who: { name: string }, v: unknown) => {
  if (!isSchemeString(v)) throw new Exn("exn:fail:contract", `${who.name}: contract violation\n  expected: string?\n  result: ${errorValue(v)}`);
  return stringValue(v);
});

/** `[](){}.*?+|^$\` quoted with a backslash; with case-sens? #f, wrapped in `(?i:...)`. */
const regexpQuote = definePrimitive("regexp-quote", [1, 2], (s: unknown, caseSensitive: unknown = true) => {
  if (!isSchemeString(s)) throw contractViolation("regexp-quote", "(or/c string? bytes?)", s);
  const quoted = stringValue(s).replace(/[\][.*?+|(){}\\$^]/g, "\\$&");
  return caseSensitive === false ? `(?i:${quoted})` : quoted;
});

/** `&` and `\` quoted for an insert string. */
const regexpReplaceQuote = definePrimitive("regexp-replace-quote", 1, (s: unknown) => {
  if (!isSchemeString(s)) throw contractViolation("regexp-replace-quote", "(or/c string? bytes?)", s);
  return stringValue(s).replace(/[&\\]/g, "\\$&");
});

export const REGEXP_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["%make-regexp", makeRegexp],
  ["regexp?", definePrimitive("regexp?", 1, (v: unknown) => v instanceof RegexpValue)],
  ["pregexp?", definePrimitive("pregexp?", 1, (v: unknown) => v instanceof RegexpValue && v.pregexp)],
  ["regexp-quote", regexpQuote],
  ["regexp-replace-quote", regexpReplaceQuote],
  ["regexp-match", regexpMatch],
  ["regexp-match-positions", regexpMatchPositions],
  ["regexp-match?", regexpMatchP],
  ["regexp-match-exact?", regexpMatchExact],
  ["regexp-split", regexpSplit],
  ["%regexp-match*", matchAllStrings],
  ["%regexp-match-parts", matchParts],
  ["%regexp-replace", regexpReplace],
  ["%regexp-insert-result", checkInsertResult],
  ["%check-match-select", checkMatchSelect],
];
