// The string procedures of racket/base: construction, access, mutation, comparison and case.
//
// Strings are immutable JS strings (literals and the results of most procedures) or MStrings
// (from make-string, string, string-copy, list->string and build-string), which string-set! and
// friends can change. Racket makes almost every result mutable; rlms keeps the common results
// plain JS strings so that string-heavy code allocates no wrappers, and only the constructors
// people mutate return MStrings. Lengths and indexes count code points (see code-points.ts).

import { Char, MString, NIL, Pair, VOID, compareCodePoints, listToArray } from "@rlms/reader";
import { Exn, contractViolation, definePrimitive } from "@rlms/evaluator";
import {
  checkChar,
  checkIndex,
  checkMutableString,
  checkNatural,
  checkRange,
  checkString,
  checkStrings,
  isExactNonnegativeInteger,
} from "./checks.js";
import { codePointLength, codePointSlice, codePoints, offsetsOf, unitOffset } from "./code-points.js";
import { stringDowncase, stringFoldcase, stringTitlecase, stringUpcase } from "./unicode.js";
import { RACKET_STRING_PRIMITIVES } from "./racket-string.js";

/** JS strings cannot be longer than this (V8: 2^29 - 24 UTF-16 units). */
const MAX_STRING_UNITS = 2 ** 29 - 24;

function makeString(k: unknown, c?: unknown): MString {
  if (!isExactNonnegativeInteger(k)) throw contractViolation("make-string", "valid-string-length?", k);
  const fill = c === undefined ? "\0" : checkChar("make-string", c).text;
  if (Number(k) * fill.length > MAX_STRING_UNITS) throw new Exn("exn:fail:resource", `make-string: out of memory making string of length ${k}`);
  return new MString(fill.repeat(Number(k)));
}

function stringRef(s: unknown, k: unknown): Char {
  const text = checkString("string-ref", s);
  const offsets = offsetsOf(text);
  // The common case: no surrogate pairs and a small index.
  if (offsets === null && typeof k === "number" && k >= 0 && k < text.length) return Char.of(text.charCodeAt(k));
  const i = checkIndex("string-ref", s, k, offsets === null ? text.length : offsets.length - 1);
  return Char.of(offsets === null ? text.charCodeAt(i) : text.codePointAt(offsets[i]!)!);
}

function substring(s: unknown, start: unknown, end?: unknown): string {
  const who = "substring";
  const text = checkString(who, s);
  const from = checkNatural(who, start);
  const to = end === undefined ? undefined : checkNatural(who, end);
  const [a, b] = checkRange(who, s, codePointLength(text), from, to);
  return codePointSlice(text, a, b);
}

function stringAppend(): string {
  // Two plain strings (the common call) take no detour through an array.
  if (arguments.length === 2 && typeof arguments[0] === "string" && typeof arguments[1] === "string") {
    return arguments[0] + arguments[1];
  }
  return checkStrings("string-append", arguments).join("");
}

/** Replaces the character at code point index `i` of a mutable string. */
function setCharAt(s: MString, i: number, c: Char): void {
  const text = s.value;
  const at = unitOffset(text, i);
  const width = text.codePointAt(at)! > 0xffff ? 2 : 1;
  s.value = text.slice(0, at) + c.text + text.slice(at + width);
}

function stringSet(s: unknown, k: unknown, c: unknown): typeof VOID {
  const who = "string-set!";
  const m = checkMutableString(who, s);
  const i = checkIndex(who, s, k, codePointLength(m.value));
  setCharAt(m, i, checkChar(who, c));
  return VOID;
}

function stringFill(s: unknown, c: unknown): typeof VOID {
  const m = checkMutableString("string-fill!", s);
  const ch = checkChar("string-fill!", c);
  m.value = ch.text.repeat(codePointLength(m.value));
  return VOID;
}

/** `(string-copy! dest dest-start src [src-start src-end])` */
function stringCopyInto(dest: unknown, destStart: unknown, src: unknown, srcStart: unknown = 0, srcEnd?: unknown): typeof VOID {
  const who = "string-copy!";
  const d = checkMutableString(who, dest, "(and/c string? (not/c immutable?))");
  const at = checkNatural(who, destStart);
  const text = checkString(who, src);
  const from = checkNatural(who, srcStart);
  const to = srcEnd === undefined ? undefined : checkNatural(who, srcEnd);
  const destLength = codePointLength(d.value);
  const [start] = checkRange(who, dest, destLength, at, destLength);
  const [a, b] = checkRange(who, src, codePointLength(text), from, to);
  if (start + (b - a) > destLength) {
    throw new Exn(
      "exn:fail:contract",
      `${who}: not enough room in target string\n  target length: ${destLength}\n  needed length: ${start + (b - a)}`,
    );
  }
  const piece = codePointSlice(text, a, b);
  const value = d.value;
  d.value = value.slice(0, unitOffset(value, start)) + piece + value.slice(unitOffset(value, start + (b - a)));
  return VOID;
}

function stringToList(s: unknown): unknown {
  const text = checkString("string->list", s);
  let out: unknown = NIL;
  const cps = codePoints(text);
  for (let i = cps.length - 1; i >= 0; i--) out = new Pair(Char.of(cps[i]!), out);
  return out;
}

function listToString(l: unknown): MString {
  const items = listToArray(l);
  if (items === undefined) throw contractViolation("list->string", "list?", l);
  let text = "";
  for (const c of items) text += checkChar("list->string", c).text;
  return new MString(text);
}

/** string=? and friends: every argument is checked before any is compared, as in Racket. */
function comparison(name: string, holds: (a: string, b: string) => boolean, key: (s: string) => string = (s) => s) {
  return definePrimitive(name, [1, Infinity], function (): boolean {
    const texts = checkStrings(name, arguments);
    for (let i = 0; i + 1 < texts.length; i++) if (!holds(key(texts[i]!), key(texts[i + 1]!))) return false;
    return true;
  });
}

/** Chez compares case-insensitively by full case folding (`"Straße"` equals `"STRASSE"`). */
function folded(s: string): string {
  return /^[\x00-\x7f]*$/.test(s) ? s.toLowerCase() : stringFoldcase(s);
}

function caseConversion(name: string, convert: (s: string) => string) {
  return definePrimitive(name, 1, (s: unknown) => convert(checkString(name, s)));
}

function normalization(name: string, form: "NFC" | "NFD" | "NFKC" | "NFKD") {
  return definePrimitive(name, 1, (s: unknown) => checkString(name, s).normalize(form));
}

export const STRING_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  [
    "string-length",
    definePrimitive("string-length", 1, (s: unknown) => codePointLength(checkString("string-length", s))),
  ],
  ["string-ref", definePrimitive("string-ref", 2, stringRef)],
  ["substring", definePrimitive("substring", [2, 3], substring)],
  ["string-append", definePrimitive("string-append", [0, Infinity], stringAppend)],
  ["string-append-immutable", definePrimitive("string-append-immutable", [0, Infinity], stringAppend)],
  ["string-copy", definePrimitive("string-copy", 1, (s: unknown) => new MString(checkString("string-copy", s)))],
  ["make-string", definePrimitive("make-string", [1, 2], makeString)],
  [
    "string",
    definePrimitive("string", [0, Infinity], function (): MString {
      let text = "";
      for (let i = 0; i < arguments.length; i++) text += checkChar("string", arguments[i]).text;
      return new MString(text);
    }),
  ],
  ["string-set!", definePrimitive("string-set!", 3, stringSet)],
  ["string-fill!", definePrimitive("string-fill!", 2, stringFill)],
  ["string-copy!", definePrimitive("string-copy!", [3, 5], stringCopyInto)],
  [
    "string->immutable-string",
    definePrimitive("string->immutable-string", 1, (s: unknown) => checkString("string->immutable-string", s)),
  ],
  ["string->list", definePrimitive("string->list", 1, stringToList)],
  ["list->string", definePrimitive("list->string", 1, listToString)],
  ["string=?", comparison("string=?", (a, b) => a === b)],
  ["string<?", comparison("string<?", (a, b) => compareCodePoints(a, b) < 0)],
  ["string<=?", comparison("string<=?", (a, b) => compareCodePoints(a, b) <= 0)],
  ["string>?", comparison("string>?", (a, b) => compareCodePoints(a, b) > 0)],
  ["string>=?", comparison("string>=?", (a, b) => compareCodePoints(a, b) >= 0)],
  ["string-ci=?", comparison("string-ci=?", (a, b) => a === b, folded)],
  ["string-ci<?", comparison("string-ci<?", (a, b) => compareCodePoints(a, b) < 0, folded)],
  ["string-ci<=?", comparison("string-ci<=?", (a, b) => compareCodePoints(a, b) <= 0, folded)],
  ["string-ci>?", comparison("string-ci>?", (a, b) => compareCodePoints(a, b) > 0, folded)],
  ["string-ci>=?", comparison("string-ci>=?", (a, b) => compareCodePoints(a, b) >= 0, folded)],
  ["string-upcase", caseConversion("string-upcase", stringUpcase)],
  ["string-downcase", caseConversion("string-downcase", stringDowncase)],
  ["string-titlecase", caseConversion("string-titlecase", stringTitlecase)],
  ["string-foldcase", caseConversion("string-foldcase", stringFoldcase)],
  ["string-normalize-nfc", normalization("string-normalize-nfc", "NFC")],
  ["string-normalize-nfd", normalization("string-normalize-nfd", "NFD")],
  ["string-normalize-nfkc", normalization("string-normalize-nfkc", "NFKC")],
  ["string-normalize-nfkd", normalization("string-normalize-nfkd", "NFKD")],
  ...RACKET_STRING_PRIMITIVES,
];
