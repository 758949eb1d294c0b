// Racket 8.7's character properties and case conversions (Unicode 14.0), decoded from the tables
// in unicode-tables.ts. The tables were measured on Racket rather than taken from the JS engine,
// whose Unicode version (15 to 17 depending on Node) disagrees on a few hundred characters.
//
// Racket CS gets its string case conversions from Chez Scheme (s/5_4.ss), which this module
// follows: one-to-many mappings (`ß` → `SS`), the final sigma, and a string-titlecase driven by a
// word-break state machine (UAX #29 rules WB4 to WB13c).

import { RangeSet, isGraphic, isSpaceSeparator } from "@rlms/reader";
import * as T from "./unicode-tables.js";
import { fromCodePoints } from "./code-points.js";

// ---- code point sets -------------------------------------------------------------------

const alphabetic = new RangeSet(T.ALPHABETIC);
const numeric = new RangeSet(T.NUMERIC);
const upperCase = new RangeSet(T.UPPER_CASE);
const lowerCase = new RangeSet(T.LOWER_CASE);
const titleCase = new RangeSet(T.TITLE_CASE);
const punctuation = new RangeSet(T.PUNCTUATION);
const symbolic = new RangeSet(T.SYMBOLIC);
const whitespace = new RangeSet(T.WHITESPACE);

const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

export function isAlphabetic(c: number): boolean {
  return c < 0x80 ? isAsciiLetter(c) : alphabetic.has(c);
}
export function isNumeric(c: number): boolean {
  return c < 0x80 ? c >= 0x30 && c <= 0x39 : numeric.has(c);
}
export function isUpperCase(c: number): boolean {
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : upperCase.has(c);
}
export function isLowerCase(c: number): boolean {
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : lowerCase.has(c);
}
export function isTitleCase(c: number): boolean {
  return c >= 0x80 && titleCase.has(c);
}
export const isPunctuation = (c: number): boolean => punctuation.has(c);
export const isSymbolic = (c: number): boolean => symbolic.has(c);
export function isWhitespace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && whitespace.has(c));
}
/** `char-graphic?`: the printer's table (letters, marks, numbers, punctuation, symbols). */
export const isGraphicChar = (c: number): boolean => isGraphic(c);
/** `char-blank?`: tab and the space separators (Zs). */
export const isBlank = (c: number): boolean => c === 0x09 || isSpaceSeparator(c);
export const isIsoControl = (c: number): boolean => c <= 0x1f || (c >= 0x7f && c <= 0x9f);

// ---- simple (one-to-one) case maps -------------------------------------------------------

/** A code point → code point map given as runs of equal deltas, decoded on first use. */
class CaseMap {
  private map: Map<number, number> | undefined;

  constructor(private readonly encoded: string) {}

  get(code: number): number {
    if (this.map === undefined) this.map = this.decode();
    return this.map.get(code) ?? code;
  }

  private decode(): Map<number, number> {
    const map = new Map<number, number>();
    let next = 0;
    for (const run of this.encoded.split(",")) {
      const [gap, count, stride, delta] = run.split(".").map((f) => parseInt(f, 36)) as [number, number, number, number];
      const start = next + gap;
      for (let i = 0; i <= count; i++) map.set(start + i * stride, start + i * stride + delta);
      next = start + count * stride + 1;
    }
    return map;
  }
}

const upcaseMap = new CaseMap(T.UPCASE);
const downcaseMap = new CaseMap(T.DOWNCASE);
const titlecaseMap = new CaseMap(T.TITLECASE);
const foldcaseMap = new CaseMap(T.FOLDCASE);

export function charUpcase(c: number): number {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? c - 32 : c;
  return upcaseMap.get(c);
}
export function charDowncase(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  return downcaseMap.get(c);
}
export function charTitlecase(c: number): number {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? c - 32 : c;
  return titlecaseMap.get(c);
}
export function charFoldcase(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  return foldcaseMap.get(c);
}

/**
 * Chez Scheme's "cased" (Unicode D135 as Chez computes it): the character has a simple upper- or
 * lower-case mapping, or is a title-case letter. `ß` and `ª` are not cased by this definition.
 */
function isCased(c: number): boolean {
  return charUpcase(c) !== c || charDowncase(c) !== c || isTitleCase(c);
}

// ---- full (one-to-many) mappings ---------------------------------------------------------

function decodeSpecial(encoded: string): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of encoded.split(",")) {
    const [from, to] = entry.split(":");
    map.set(parseInt(from!, 16), to!.split(" ").map((h) => parseInt(h, 16)));
  }
  return map;
}

let specials: { up: Map<number, number[]>; down: Map<number, number[]>; title: Map<number, number[]>; fold: Map<number, number[]> } | undefined;
function special() {
  specials ??= {
    up: decodeSpecial(T.SPECIAL_UPCASE),
    down: decodeSpecial(T.SPECIAL_DOWNCASE),
    title: decodeSpecial(T.SPECIAL_TITLECASE),
    fold: decodeSpecial(T.SPECIAL_FOLDCASE),
  };
  return specials;
}

/** The full case folding of a character (for the `-ci` comparisons): one or more code points. */
export function fullFoldcase(c: number): number | number[] {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  return special().fold.get(c) ?? foldcaseMap.get(c);
}

// ---- word-break classes (for string-titlecase) -------------------------------------------

const enum WB {
  Other,
  ALetter,
  HebrewLetter,
  Numeric,
  Katakana,
  ExtendNumLet,
  MidLetter,
  /** MidNumLet and Single_Quote, which the state machine treats alike. */
  MidNumLet,
  DoubleQuote,
  MidNum,
  /** Extend and Format. */
  Extend,
  RegionalIndicator,
}

const CLASS_LETTERS: Record<string, WB> = {
  O: WB.Other,
  A: WB.ALetter,
  H: WB.HebrewLetter,
  N: WB.Numeric,
  K: WB.Katakana,
  X: WB.ExtendNumLet,
  L: WB.MidLetter,
  Q: WB.MidNumLet,
  D: WB.DoubleQuote,
  M: WB.MidNum,
  E: WB.Extend,
};

let classStarts: Uint32Array | undefined;
/** Per run: the class, plus 16 when the characters are case-ignorable. */
let classValues: Uint8Array | undefined;
const IGNORABLE = 16;

function decodeClasses(): void {
  const runs = T.WORD_CLASSES.split(",");
  classStarts = new Uint32Array(runs.length);
  classValues = new Uint8Array(runs.length);
  let start = 0;
  runs.forEach((run, i) => {
    const letter = run[run.length - 1]!;
    start += parseInt(run.slice(0, -1), 36);
    classStarts![i] = start;
    const upper = letter.toUpperCase();
    classValues![i] = CLASS_LETTERS[upper]! + (letter === upper ? 0 : IGNORABLE);
  });
}

function classInfo(c: number): number {
  if (classStarts === undefined) decodeClasses();
  const s = classStarts!;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= c) lo = mid;
    else hi = mid - 1;
  }
  return classValues![lo]!;
}

/**
 * The word-break class. Regional indicators are not in the table: the probes that measured it
 * cannot tell them from Other, but Chez's machine gives them a state of their own.
 */
function wordClass(c: number): WB {
  if (c >= 0x1f1e6 && c <= 0x1f1ff) return WB.RegionalIndicator;
  return (classInfo(c) & (IGNORABLE - 1)) as WB;
}

/** Unicode D136 as Chez computes it: MidLetter, MidNumLet, Single_Quote, or Mn Me Cf Lm Sk. */
const isCaseIgnorable = (c: number): boolean => (classInfo(c) & IGNORABLE) !== 0;

// ---- string conversions ------------------------------------------------------------------

const SIGMA = 0x3a3;
const SMALL_SIGMA = 0x3c3;
const FINAL_SIGMA = 0x3c2;
const ASCII = /^[\x00-\x7f]*$/;

/** Collects converted code points and the positions of capital sigmas being lower-cased. */
class CaseBuilder {
  readonly out: number[] = [];
  readonly sigmas: number[] = [];

  push(mapped: number | number[]): void {
    if (typeof mapped === "number") this.out.push(mapped);
    else for (const c of mapped) this.out.push(c);
  }

  /** A capital sigma going to lower case: final or not, decided once the string is done. */
  pushSigma(): void {
    this.sigmas.push(this.out.length);
    this.out.push(SMALL_SIGMA);
  }

  /**
   * Chez's final-sigma rule, applied to the converted text: a cased character before the sigma
   * (skipping case-ignorable ones) and none after it.
   */
  finish(): string {
    const out = this.out;
    const casedAlong = (from: number, step: number): boolean => {
      for (let i = from; i >= 0 && i < out.length; i += step) {
        if (isCased(out[i]!)) return true;
        if (!isCaseIgnorable(out[i]!)) return false;
      }
      return false;
    };
    for (const i of this.sigmas) {
      if (casedAlong(i - 1, -1) && !casedAlong(i + 1, 1)) out[i] = FINAL_SIGMA;
    }
    return fromCodePoints(out);
  }
}

function downcaseInto(b: CaseBuilder, c: number): void {
  if (c === SIGMA) b.pushSigma();
  else b.push(special().down.get(c) ?? charDowncase(c));
}

export function stringUpcase(s: string): string {
  if (ASCII.test(s)) return s.toUpperCase();
  const b = new CaseBuilder();
  const sp = special().up;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    b.push(sp.get(c) ?? charUpcase(c));
  }
  return b.finish();
}

export function stringDowncase(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const b = new CaseBuilder();
  for (const ch of s) downcaseInto(b, ch.codePointAt(0)!);
  return b.finish();
}

export function stringFoldcase(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const b = new CaseBuilder();
  for (const ch of s) b.push(fullFoldcase(ch.codePointAt(0)!));
  return b.finish();
}

/** States of Chez's titlecase machine, named after the word-break rules they implement. */
const enum St {
  Start,
  ALetter,
  Hebrew,
  WB6,
  WB7b,
  Numeric,
  WB11,
  Katakana,
  ExtendNumLet,
  Regional,
}

/** The state after a character of class `k` in state `st`, or Start when a word ends. */
function nextState(st: St, k: WB): St {
  const extend = k === WB.Extend;
  switch (st) {
    case St.ALetter:
    case St.Hebrew:
      if (k === WB.ALetter) return St.ALetter;
      if (k === WB.HebrewLetter) return St.Hebrew;
      if (k === WB.MidLetter || k === WB.MidNumLet) return St.WB6;
      if (k === WB.DoubleQuote && st === St.Hebrew) return St.WB7b;
      if (k === WB.Numeric) return St.Numeric;
      if (k === WB.ExtendNumLet) return St.ExtendNumLet;
      return extend ? st : St.Start;
    case St.WB6:
      if (k === WB.ALetter) return St.ALetter;
      if (k === WB.HebrewLetter) return St.Hebrew;
      return extend ? st : St.Start;
    case St.WB7b:
      if (k === WB.HebrewLetter) return St.Hebrew;
      return extend ? st : St.Start;
    case St.Numeric:
      if (k === WB.Numeric) return St.Numeric;
      if (k === WB.ALetter) return St.ALetter;
      if (k === WB.HebrewLetter) return St.Hebrew;
      if (k === WB.MidNum || k === WB.MidNumLet) return St.WB11;
      if (k === WB.ExtendNumLet) return St.ExtendNumLet;
      return extend ? st : St.Start;
    case St.WB11:
      if (k === WB.Numeric) return St.Numeric;
      return extend ? st : St.Start;
    case St.Katakana:
      if (k === WB.Katakana) return St.Katakana;
      if (k === WB.ExtendNumLet) return St.ExtendNumLet;
      return extend ? st : St.Start;
    case St.ExtendNumLet:
      if (k === WB.ExtendNumLet) return St.ExtendNumLet;
      if (k === WB.ALetter) return St.ALetter;
      if (k === WB.HebrewLetter) return St.Hebrew;
      if (k === WB.Numeric) return St.Numeric;
      if (k === WB.Katakana) return St.Katakana;
      return extend ? st : St.Start;
    case St.Regional:
      if (k === WB.RegionalIndicator) return St.Regional;
      // Chez continues an extended regional indicator as if after ExtendNumLet.
      return extend ? St.ExtendNumLet : St.Start;
    case St.Start:
      return St.Start;
  }
}

/** The state a word starts in, or Start for a character that begins no word. */
function wordStart(k: WB): St {
  switch (k) {
    case WB.ALetter:
      return St.ALetter;
    case WB.HebrewLetter:
      return St.Hebrew;
    case WB.Numeric:
      return St.Numeric;
    case WB.Katakana:
      return St.Katakana;
    case WB.ExtendNumLet:
      return St.ExtendNumLet;
    case WB.RegionalIndicator:
      return St.Regional;
    default:
      return St.Start;
  }
}

/**
 * Racket's string-titlecase: within each word, the first cased character goes to title case and
 * the rest to lower case; characters outside words are left alone. `"1st"` → `"1St"`,
 * `"o'neil"` → `"O'neil"`, `"foo-bar"` → `"Foo-Bar"`.
 */
export function stringTitlecase(s: string): string {
  const b = new CaseBuilder();
  const sp = special().title;
  let st = St.Start;
  let seenCased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const k = wordClass(c);
    let next: St = st === St.Start ? St.Start : nextState(st, k);
    if (next === St.Start) {
      // The word (if any) ended before this character, which is looked at afresh.
      seenCased = false;
      next = wordStart(k);
    }
    st = next;
    if (st === St.Start) {
      b.push(c);
    } else if (seenCased) {
      downcaseInto(b, c);
    } else {
      const tc = sp.get(c) ?? charTitlecase(c);
      if (isCased(c) || tc !== c) {
        b.push(tc);
        seenCased = true;
      } else {
        b.push(c);
      }
    }
  }
  return b.finish();
}
