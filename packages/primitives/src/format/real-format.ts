// racket/format's ~r, ported from collects/racket/format.rkt with the same arithmetic: the
// positional notation of a flonum is computed in flonum arithmetic (so `(~r 1.005 #:precision 2)`
// is "1", as in Racket), the exponential notation in exact arithmetic from an estimate of the
// order of magnitude, and rounding is half away from zero ("round*").

import { Flonum, Ratnum, Sym, isSchemeString, listToArray, numberToString, stringValue, type SchemeNumber } from "@rlms/reader";
import { Exn, defineKeywordPrimitive, isProcedure } from "@rlms/evaluator";
import { add, div, denominator, expt, floor, ge, log, lt, mul, numEq, numerator, quotient, remainder, sub, toExactNumber, truncate, abs } from "../numbers/index.js";
import { isInteger } from "../numbers/predicates.js";
import { blame, keywordArgument } from "./contracts.js";
import { pad } from "./padding.js";

const HALF = div(1, 2);

/** Racket's `round*`: half away from zero on non-negative numbers, keeping exactness. */
const roundStar = (x: SchemeNumber): SchemeNumber => (isInteger(x) ? x : truncate(add(x, HALF)));

const isZero = (x: SchemeNumber): boolean => numEq(x, 0);

/** Digits of a non-negative exact integer in any base from 2 to 36. */
function digits(n: SchemeNumber, base: number, upper: boolean): string {
  const s = base === 2 || base === 8 || base === 10 || base === 16 ? numberToString(n, base) : BigInt(n as number | bigint).toString(base);
  return upper ? s.toUpperCase() : s;
}

/** Separates the whole part's digits into groups from the right (the last group size repeats). */
function group(whole: string, groups: readonly number[], sep: string): string {
  if (sep === "") return whole;
  const sizes = [...groups].reverse();
  const parts: string[] = [];
  let end = whole.length;
  let k = 0;
  while (end > 0) {
    const size = sizes[Math.min(k, sizes.length - 1)]!;
    parts.unshift(whole.slice(Math.max(0, end - size), end));
    end -= size;
    k++;
  }
  return parts.join(sep);
}

interface RealOptions {
  base: number;
  upper: boolean;
  precision: number;
  exactly: boolean;
  notation: "positional" | "exponential";
  exponentMarker: string | undefined;
  minWidth: number;
  padString: string;
  sign: readonly Indicator[];
  groups: readonly number[];
  groupSep: string;
  decimalSep: string;
}

/** A sign indicator: text before, or text before and after. */
type Indicator = readonly [string, string];

function positional(n: SchemeNumber, o: RealOptions): string {
  // decompose-positional: whole part and the fraction scaled to `precision` digits.
  const basePower = expt(o.base, o.precision);
  let whole: SchemeNumber = toExactNumber(floor(n));
  let fraction: SchemeNumber = toExactNumber(roundStar(mul(sub(n, whole), basePower)));
  if (!lt(fraction, basePower)) {
    whole = add(whole, 1);
    fraction = 0;
  }
  const wholePart = isZero(whole) ? "0" : group(digits(whole, o.base, o.upper), o.groups, o.groupSep);
  let fractionPart: string | undefined;
  if (o.exactly) {
    fractionPart = o.precision === 0 ? "" : digits(fraction, o.base, o.upper).padStart(o.precision, "0");
  } else if (!isZero(fraction)) {
    // reduce-precision: drop trailing zero digits.
    let needed = o.precision;
    while (isZero(remainder(fraction, o.base))) {
      fraction = quotient(fraction, o.base);
      needed--;
    }
    fractionPart = digits(fraction, o.base, o.upper).padStart(needed, "0");
  }
  return fractionPart === undefined ? wholePart : wholePart + o.decimalSep + fractionPart;
}

function exponentPart(exponent: number, o: RealOptions): string {
  const marker = o.exponentMarker ?? (o.base === 10 ? "e" : `*${o.base}^`);
  return marker + (exponent < 0 ? "-" : "+") + String(Math.abs(exponent)).padStart(2, "0");
}

/** Racket's estimate-order-of-magnitude: floor of log_base N from the logs of its numerator and denominator. */
function orderOfMagnitude(n: SchemeNumber, base: number): number {
  const estimate = div(sub(log(numerator(n)), log(denominator(n))), log(base));
  return Number(toExactNumber(floor(estimate)));
}

/** scale: N as an integer of precision+1 digits, and the power of the base it was scaled by. */
function scale(value: SchemeNumber, o: RealOptions): { scaled: SchemeNumber; shift: number; precision: number } {
  const n = toExactNumber(value);
  const min = expt(o.base, o.precision);
  const max = mul(o.base, min);
  let shift = o.precision - orderOfMagnitude(n, o.base);
  let x: SchemeNumber = mul(n, expt(o.base, shift));
  // The remainder of the last division by the base, if the last step was one (Racket then rounds on
  // that digit alone).
  let lastDigit: SchemeNumber | undefined;
  for (;;) {
    if (lt(x, min)) {
      x = mul(x, o.base);
      shift++;
      lastDigit = undefined;
    } else if (ge(x, max)) {
      const whole = floor(x);
      lastDigit = remainder(whole, o.base);
      x = quotient(whole, o.base);
      shift--;
    } else {
      const rounded: SchemeNumber = lastDigit !== undefined ? (ge(mul(2, lastDigit), o.base) ? add(x, 1) : x) : roundStar(x);
      lastDigit = undefined;
      if (lt(rounded, max)) {
        x = rounded;
        break;
      }
      x = rounded;
    }
  }
  let precision = o.precision;
  if (!o.exactly) {
    while (isZero(remainder(x, o.base))) {
      x = quotient(x, o.base);
      precision--;
    }
  }
  return { scaled: x, shift, precision };
}

function exponential(n: SchemeNumber, o: RealOptions): string {
  if (isZero(n)) {
    return "0" + (o.exactly ? o.decimalSep + "0".repeat(o.precision) : "") + exponentPart(0, o);
  }
  const { scaled, shift, precision } = scale(n, o);
  const text = digits(scaled, o.base, o.upper);
  // Racket writes "." here whatever #:decimal-sep says.
  const rest = o.exactly || precision > 0 ? "." + text.slice(1) : "";
  return text[0] + rest + exponentPart(o.precision - shift, o);
}

function signParts(n: SchemeNumber, sign: readonly Indicator[]): Indicator {
  const negative = n instanceof Flonum ? n.value < 0 || Object.is(n.value, -0) : lt(n, 0);
  if (negative) return sign[2]!;
  return isZero(n) ? sign[1]! : sign[0]!;
}

function formatReal(n: SchemeNumber, o: RealOptions): string {
  const magnitude = abs(n);
  const body = o.notation === "positional" ? positional(magnitude, o) : exponential(magnitude, o);
  const [before, after] = signParts(n, o.sign);
  return before + pad(body, o.minWidth, "right", o.padString, o.padString) + after;
}

// ---- arguments -----------------------------------------------------------------------------

const isNatural = (x: unknown): x is number => typeof x === "number" && x >= 0;
const isText = (x: unknown): boolean => isSchemeString(x);

const SIGNS: Record<string, readonly Indicator[]> = {
  "#f": [["", ""], ["", ""], ["-", ""]],
  "+": [["+", ""], ["", ""], ["-", ""]],
  "++": [["+", ""], ["+", ""], ["-", ""]],
  parens: [["", ""], ["", ""], ["(", ")"]],
};

/** A sign indicator given in a #:sign list: a string, or a list of two strings. */
function indicator(x: unknown): Indicator | undefined {
  if (isSchemeString(x)) return [stringValue(x), ""];
  const l = listToArray(x);
  if (l !== undefined && l.length === 2 && l.every(isSchemeString)) return [stringValue(l[0] as string), stringValue(l[1] as string)];
  return undefined;
}

function signMode(x: unknown): readonly Indicator[] | undefined {
  if (x === false) return SIGNS["#f"];
  if (x instanceof Sym) return SIGNS[x.name] !== undefined && x.name !== "#f" ? SIGNS[x.name] : undefined;
  const l = listToArray(x);
  if (l === undefined || l.length !== 3) return undefined;
  const inds = l.map(indicator);
  return inds.every((i) => i !== undefined) ? (inds as Indicator[]) : undefined;
}

const BASE_CONTRACT = "(or/c (integer-in 2 36) (list/c (quote up) (integer-in 2 36)))";
const SIGN_CONTRACT =
  "(or/c #f (quote +) (quote ++) (quote parens) (list/c (or/c string? (list/c string? string?)) (or/c string? (list/c string? string?)) (or/c string? (list/c string? string?))))";
const PART_OF = (name: string) => `a part of the or/c of\n      the #:${name} argument of`;

function unsupportedProcedure(name: string): Exn {
  return new Exn("exn:fail:unsupported", `~r: a procedure as the #:${name} argument is not supported in rlms`);
}

function realOptions(kws: ReadonlyMap<string, unknown>): RealOptions {
  const who = "~r";
  const bad = (name: string, expected: string, v: unknown, where = keywordArgument(name)) => blame(who, expected, v, where);
  const get = (name: string) => kws.get(name);

  let base = 10;
  let upper = false;
  const b = get("base");
  if (b !== undefined) {
    const inRange = (x: unknown): x is number => typeof x === "number" && x >= 2 && x <= 36;
    const l = listToArray(b);
    if (inRange(b)) base = b;
    else if (l !== undefined && l.length === 2 && l[0] instanceof Sym && l[0].name === "up" && inRange(l[1])) [base, upper] = [l[1], true];
    else throw bad("base", BASE_CONTRACT, b);
  }
  const decimalSep = get("decimal-sep");
  if (decimalSep !== undefined && !isText(decimalSep)) throw bad("decimal-sep", "string?", decimalSep);
  const exponentMarker = get("format-exponent");
  if (exponentMarker !== undefined && exponentMarker !== false && !isText(exponentMarker)) {
    if (isProcedure(exponentMarker)) throw unsupportedProcedure("format-exponent");
    throw bad("format-exponent", "a procedure", exponentMarker, PART_OF("format-exponent"));
  }
  const groupSep = get("group-sep");
  if (groupSep !== undefined && !isText(groupSep)) throw bad("group-sep", "string?", groupSep);
  let groups = [3];
  const g = get("groups");
  if (g !== undefined) {
    const l = listToArray(g);
    if (l === undefined || l.length === 0) throw bad("groups", "(and/c list? pair?)", g);
    const wrong = l.find((x) => !(typeof x === "number" && x > 0));
    if (wrong !== undefined) throw bad("groups", "exact-positive-integer?", wrong, "an element of\n      the #:groups argument of");
    groups = l as number[];
  }
  const minWidth = get("min-width");
  if (minWidth !== undefined && !(typeof minWidth === "number" && minWidth > 0)) throw bad("min-width", "exact-positive-integer?", minWidth);
  let notation: "positional" | "exponential" = "positional";
  const nt = get("notation");
  if (nt !== undefined) {
    if (nt instanceof Sym && (nt.name === "positional" || nt.name === "exponential")) notation = nt.name;
    else if (isProcedure(nt)) throw unsupportedProcedure("notation");
    else throw bad("notation", "a procedure", nt, PART_OF("notation"));
  }
  const padString = get("pad-string");
  if (padString !== undefined && !(isText(padString) && stringValue(padString as string) !== "")) throw bad("pad-string", "non-empty-string?", padString);
  let precision = 6;
  let exactly = false;
  const p = get("precision");
  if (p !== undefined) {
    const l = listToArray(p);
    if (isNatural(p)) precision = p;
    else if (l !== undefined && l.length === 2 && l[0] instanceof Sym && l[0].name === "=" && isNatural(l[1])) [precision, exactly] = [l[1], true];
    else throw bad("precision", "(or/c natural? (list/c (quote =) natural?))", p);
  }
  const s = get("sign");
  const sign = s === undefined ? SIGNS["#f"]! : signMode(s);
  if (sign === undefined) throw bad("sign", SIGN_CONTRACT, s);
  return {
    base,
    upper,
    precision,
    exactly,
    notation,
    exponentMarker: exponentMarker === undefined || exponentMarker === false ? undefined : stringValue(exponentMarker as string),
    minWidth: minWidth === undefined ? 1 : (minWidth as number),
    padString: padString === undefined ? " " : stringValue(padString as string),
    sign,
    groups,
    groupSep: groupSep === undefined ? "" : stringValue(groupSep as string),
    decimalSep: decimalSep === undefined ? "." : stringValue(decimalSep as string),
  };
}

const isRational = (x: unknown): x is SchemeNumber =>
  typeof x === "number" || typeof x === "bigint" || x instanceof Ratnum || (x instanceof Flonum && Number.isFinite(x.value));

const realFormat = defineKeywordPrimitive(
  "~r",
  1,
  ["base", "decimal-sep", "format-exponent", "group-sep", "groups", "min-width", "notation", "pad-string", "precision", "sign"],
  ([n], kws) => {
    if (!isRational(n)) throw blame("~r", "rational?", n, "the 1st argument of");
    return formatReal(n, realOptions(kws));
  },
);

export const REAL_FORMAT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [["~r", realFormat]];
