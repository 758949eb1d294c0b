// racket/string: string-split, string-join, string-trim, string-replace, string-normalize-spaces,
// string-append*, the prefix/suffix/contains tests and non-empty-string?.
//
// Racket implements the splitting and trimming functions with regexps built from the separator
// (collects/racket/string.rkt). A regexp separator goes through those regexps
// (regexp/separator.ts); a string separator is handled directly, with the same results: trimming
// removes one separator from each end, or a run of them with #:repeat?, and a separator that
// overlaps both trimmed ends is trimmed once. The default separator is a run of ASCII whitespace
// (space, tab, newline, form feed, return; not vertical tab, not Unicode spaces).

import { MString, RegexpValue, isSchemeString, list, listToArray } from "@rlms/reader";
import { Exn, contractViolation, defineKeywordPrimitive, definePrimitive } from "@rlms/evaluator";
import { checkString } from "./checks.js";
import { codePoints } from "./code-points.js";
import { regexpSeparator, splitWithRegexp, trimWithRegexp, type RegexpSeparator } from "../regexp/separator.js";
import { compileChecked } from "../regexp/arguments.js";
import { allMatches, firstMatch, Subject } from "../regexp/search.js";

/** Racket's keyword flags are true unless #f. */
const flag = (kws: ReadonlyMap<string, unknown>, name: string, dflt: boolean): boolean =>
  kws.has(name) ? kws.get(name) !== false : dflt;

const WHITESPACE = " \t\n\f\r";
const isSpace = (text: string, i: number): boolean => WHITESPACE.includes(text[i]!);
const WHITESPACE_RUN = /[ \t\n\f\r]+/;

/** What to split or trim on: the default whitespace runs, a literal separator or a regexp. */
type Separator = { kind: "whitespace" } | { kind: "literal"; text: string; repeat: boolean } | { kind: "regexp"; regexps: RegexpSeparator };

function separator(who: string, sep: unknown, repeat: boolean): Separator {
  if (sep === undefined) return { kind: "whitespace" };
  if (sep instanceof RegexpValue) return { kind: "regexp", regexps: regexpSeparator(sep, repeat) };
  if (!isSchemeString(sep)) throw contractViolation(who, "(or/c string? regexp?)", sep);
  const text = typeof sep === "string" ? sep : sep.value;
  // Racket builds the regexp (?:)+ and its regexp compiler refuses it.
  if (repeat && text === "") throw new Exn("exn:fail:contract", 'regexp: `*`, `+`, or `{...}` operand could be empty\n  pattern: "(?:)+"');
  return { kind: "literal", text, repeat };
}

/** The end of the separator(s) at the start of `text`, or 0. */
function leadingEnd(text: string, sep: Exclude<Separator, { kind: "regexp" }>): number {
  if (sep.kind === "whitespace") {
    let i = 0;
    while (i < text.length && isSpace(text, i)) i++;
    return i;
  }
  const n = sep.text.length;
  if (n === 0) return 0;
  let i = 0;
  while (text.startsWith(sep.text, i)) {
    i += n;
    if (!sep.repeat) break;
  }
  return i;
}

/** The start of the separator(s) at the end of `text`, or its length. */
function trailingStart(text: string, sep: Exclude<Separator, { kind: "regexp" }>): number {
  if (sep.kind === "whitespace") {
    let i = text.length;
    while (i > 0 && isSpace(text, i - 1)) i--;
    return i;
  }
  const n = sep.text.length;
  if (n === 0) return text.length;
  let i = text.length;
  while (i >= n && text.startsWith(sep.text, i - n)) {
    i -= n;
    if (!sep.repeat) break;
  }
  return i;
}

/** The [start, end) that trimming leaves (UTF-16 offsets). */
function trimBounds(text: string, sep: Separator, left: boolean, right: boolean): [number, number] {
  if (sep.kind === "regexp") return trimWithRegexp(sep.regexps, text, left, right);
  const l = left ? leadingEnd(text, sep) : 0;
  let r = right ? trailingStart(text, sep) : text.length;
  // When the leading and trailing separators overlap, Racket trims the leading one.
  if (r < l) r = l;
  return [l, r];
}

/** regexp-split of `text` on the separator. */
function splitOn(text: string, sep: Separator): string[] {
  if (sep.kind === "whitespace") return text.split(WHITESPACE_RUN);
  if (sep.kind === "regexp") return splitWithRegexp(sep.regexps, text);
  // The empty regexp matches between every two characters and at both ends.
  if (sep.text === "") return ["", ...codePoints(text).map((c) => String.fromCodePoint(c)), ""];
  if (!sep.repeat) return text.split(sep.text);
  const out: string[] = [];
  const n = sep.text.length;
  let start = 0;
  for (let at = text.indexOf(sep.text); at !== -1; at = text.indexOf(sep.text, start)) {
    out.push(text.slice(start, at));
    start = at + n;
    while (text.startsWith(sep.text, start)) start += n;
  }
  out.push(text.slice(start));
  return out;
}

/** Racket's fast path for the default separator with trimming: split on whitespace runs. */
function splitWords(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text, i)) {
      if (start >= 0) out.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

function split(who: string, str: unknown, sepArg: unknown, trim: boolean, repeat: boolean): string[] {
  if (sepArg === undefined && trim && isSchemeString(str)) return splitWords(typeof str === "string" ? str : str.value);
  const sep = separator(who, sepArg, repeat);
  if (!isSchemeString(str)) {
    if (trim) throw contractViolation(who, "string?", str);
    throw contractViolation("regexp-split", "(or/c string? bytes? path? input-port?)", str);
  }
  let text = typeof str === "string" ? str : str.value;
  if (trim) {
    const [l, r] = trimBounds(text, sep, true, true);
    text = text.slice(l, r);
  }
  const parts = splitOn(text, sep);
  return parts.length === 1 && parts[0] === "" ? [] : parts;
}

const stringSplit = defineKeywordPrimitive("string-split", [1, 2], ["trim?", "repeat?"], ([str, sep], kws) =>
  list(split("string-split", str, sep, flag(kws, "trim?", true), flag(kws, "repeat?", false))),
);

const stringTrim = defineKeywordPrimitive("string-trim", [1, 2], ["left?", "right?", "repeat?"], ([str, sepArg], kws) => {
  const sep = separator("string-trim", sepArg, flag(kws, "repeat?", false));
  const text = checkString("string-trim", str);
  const [l, r] = trimBounds(text, sep, flag(kws, "left?", true), flag(kws, "right?", true));
  // Nothing trimmed: Racket returns the argument itself.
  return l === 0 && r === text.length ? str : text.slice(l, r);
});

/** string-join's contract: a list of strings. */
function stringList(who: string, strs: unknown): string[] {
  const items = listToArray(strs);
  if (items === undefined || !items.every(isSchemeString)) throw contractViolation(who, "(listof string?)", strs);
  return items.map((s) => (typeof s === "string" ? s : (s as MString).value));
}

function join(strs: string[], sep: string, beforeLast: unknown): string {
  if (strs.length < 2) return strs.join("");
  // Racket leaves #:before-last unchecked; a bad one fails in string-append.
  if (typeof beforeLast !== "string" && !(beforeLast instanceof MString)) throw contractViolation("string-append", "string?", beforeLast);
  const last = typeof beforeLast === "string" ? beforeLast : beforeLast.value;
  return strs.slice(0, -1).join(sep) + last + strs[strs.length - 1];
}

const stringJoin = defineKeywordPrimitive(
  "string-join",
  [1, 2],
  ["before-first", "before-last", "after-last"],
  ([strs, sepArg], kws) => {
    const who = "string-join";
    const texts = stringList(who, strs);
    const beforeFirst = kws.has("before-first") ? checkString(who, kws.get("before-first")) : "";
    const sep = sepArg === undefined ? " " : checkString(who, sepArg);
    const afterLast = kws.has("after-last") ? checkString(who, kws.get("after-last")) : "";
    return beforeFirst + join(texts, sep, kws.has("before-last") ? kws.get("before-last") : sep) + afterLast;
  },
);

const stringNormalizeSpaces = defineKeywordPrimitive(
  "string-normalize-spaces",
  [1, 3],
  ["trim?", "repeat?"],
  ([str, sep, space], kws) => {
    const who = "string-normalize-spaces";
    // Racket always takes the regexp route here (no whitespace fast path).
    const parts = split(who, str, sep, flag(kws, "trim?", true), flag(kws, "repeat?", false));
    return parts.join(space === undefined ? " " : checkString("string-join", space));
  },
);

function replace(str: unknown, from: unknown, to: unknown, all: boolean): string {
  const who = "string-replace";
  const text = checkString(who, str);
  const replacement = checkString(who, to);
  if (from instanceof RegexpValue) return replaceRegexp(text, from, replacement, all);
  if (!isSchemeString(from)) throw contractViolation(who, "(or/c string? regexp?)", from);
  const pattern = typeof from === "string" ? from : from.value;
  if (pattern === "") {
    // The empty pattern matches before every character and at the end.
    if (!all) return replacement + text;
    return replacement + codePoints(text).map((c) => String.fromCodePoint(c) + replacement).join("");
  }
  if (!all) {
    const at = text.indexOf(pattern);
    return at === -1 ? text : text.slice(0, at) + replacement + text.slice(at + pattern.length);
  }
  return text.split(pattern).join(replacement);
}

/** A regexp `from`: regexp-replace(*) with the replacement taken literally. */
function replaceRegexp(text: string, from: RegexpValue, replacement: string, all: boolean): string {
  const rx = compileChecked("string-replace", from);
  const subject = new Subject(text);
  const matches = all ? allMatches(rx, subject, 0, subject.length) : [firstMatch(rx, subject, 0, subject.length)].filter((m) => m !== undefined);
  let out = "";
  let at = 0;
  for (const m of matches) {
    out += subject.slice(at, m![0]![0]) + replacement;
    at = m![0]![1];
  }
  return out + subject.slice(at, subject.length);
}

const stringReplace = defineKeywordPrimitive("string-replace", 3, ["all?"], ([str, from, to], kws) =>
  replace(str, from, to, flag(kws, "all?", true)),
);

function stringTest(name: string, test: (s: string, t: string) => boolean) {
  return definePrimitive(name, 2, (s: unknown, t: unknown) => {
    const a = checkString(name, s);
    return test(a, checkString(name, t));
  });
}

/** `(string-append* str ... strs)`: the last argument is a list of strings. */
function stringAppendStar(...args: unknown[]): string {
  const rest = listToArray(args[args.length - 1]);
  if (rest === undefined) throw contractViolation("apply", "list?", args[args.length - 1]);
  let out = "";
  for (const s of [...args.slice(0, -1), ...rest]) out += checkString("string-append", s);
  return out;
}

export const RACKET_STRING_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["string-split", stringSplit],
  ["string-join", stringJoin],
  ["string-trim", stringTrim],
  ["string-normalize-spaces", stringNormalizeSpaces],
  ["string-replace", stringReplace],
  ["string-prefix?", stringTest("string-prefix?", (s, t) => s.startsWith(t))],
  ["string-suffix?", stringTest("string-suffix?", (s, t) => s.endsWith(t))],
  ["string-contains?", stringTest("string-contains?", (s, t) => s.includes(t))],
  ["string-append*", definePrimitive("string-append*", [1, Infinity], stringAppendStar)],
  [
    "non-empty-string?",
    definePrimitive("non-empty-string?", 1, (x: unknown) => isSchemeString(x) && (typeof x === "string" ? x : x.value) !== ""),
  ],
];
