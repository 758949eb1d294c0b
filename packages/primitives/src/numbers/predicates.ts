// Number predicates. Those that classify any value (number?, integer?, exact-integer?, natural?,
// fixnum?, ...) answer #f for non-numbers; those about a number's value (zero?, positive?, even?,
// exact?, nan?, ...) raise a contract violation instead.

import { Flonum, Ratnum, isSchemeNumber } from "@rlms/reader";
import { checkNumber, checkReal } from "./checks.js";
import { FIXNUM_MAX, FIXNUM_MIN, isIntegerValue } from "./tower.js";

export const isNumber = (x: unknown): boolean => isSchemeNumber(x);

export const isInteger = (x: unknown): boolean => isIntegerValue(x);

export function isRational(x: unknown): boolean {
  if (typeof x === "number" || typeof x === "bigint" || x instanceof Ratnum) return true;
  return x instanceof Flonum && Number.isFinite(x.value);
}

export const isExactInteger = (x: unknown): boolean => typeof x === "number" || typeof x === "bigint";

export const isExactNonnegativeInteger = (x: unknown): boolean =>
  (typeof x === "number" && x >= 0) || (typeof x === "bigint" && x > 0n);

export const isExactPositiveInteger = (x: unknown): boolean =>
  (typeof x === "number" && x > 0) || (typeof x === "bigint" && x > 0n);

/** Racket CS fixnums are 61 bits wide, so some of our bigints are fixnums too. */
export const isFixnum = (x: unknown): boolean =>
  typeof x === "number" || (typeof x === "bigint" && x >= FIXNUM_MIN && x <= FIXNUM_MAX);

export const isFlonum = (x: unknown): boolean => x instanceof Flonum;

export const isByte = (x: unknown): boolean => typeof x === "number" && x >= 0 && x <= 255;

/** racket/math's positive-integer? and friends: any integer, exact or not. */
export function integerSign(x: unknown): number | undefined {
  if (typeof x === "number") return Math.sign(x);
  if (typeof x === "bigint") return x < 0n ? -1 : 1;
  if (x instanceof Flonum && Number.isInteger(x.value)) return Math.sign(x.value);
  return undefined;
}

export function isZero(x: unknown): boolean {
  if (typeof x === "number") return x === 0;
  const n = checkNumber("zero?", x);
  return n instanceof Flonum && n.value === 0;
}

function realSign(who: string, x: unknown): number {
  if (typeof x === "number") return Math.sign(x);
  const n = checkReal(who, x);
  if (n instanceof Flonum) return n.value > 0 ? 1 : n.value < 0 ? -1 : 0;
  if (typeof n === "bigint") return n < 0n ? -1 : 1;
  return (n as Ratnum).num < 0n ? -1 : 1;
}

export const isPositive = (x: unknown): boolean => realSign("positive?", x) > 0;
export const isNegativeReal = (x: unknown): boolean => realSign("negative?", x) < 0;

export const isExact = (x: unknown): boolean => !(checkNumber("exact?", x) instanceof Flonum);
export const isInexact = (x: unknown): boolean => checkNumber("inexact?", x) instanceof Flonum;

export function isNan(x: unknown): boolean {
  const n = checkReal("nan?", x);
  return n instanceof Flonum && Number.isNaN(n.value);
}

export function isInfinite(x: unknown): boolean {
  const n = checkReal("infinite?", x);
  return n instanceof Flonum && (n.value === Infinity || n.value === -Infinity);
}
