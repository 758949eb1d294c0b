// Numeric comparison, min and max. Racket compares exact and inexact numbers exactly (the flonum
// is converted, never the exact number): `(= 1/3 0.3333333333333333)` is #f and
// `(< 9007199254740992.0 9007199254740993)` is #t. Every comparison with +nan.0 is false.

import { Flonum, type SchemeNumber } from "@rlms/reader";
import { compareExactDouble, exactCompare, toDouble } from "./tower.js";

/** -1, 0, 1, or NaN when the two are unordered (a NaN is involved). */
export function compare(a: SchemeNumber, b: SchemeNumber): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof Flonum) {
    if (b instanceof Flonum) {
      const x = a.value;
      const y = b.value;
      return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
    }
    return -compareExactDouble(b, a.value);
  }
  if (b instanceof Flonum) return compareExactDouble(a, b.value);
  return exactCompare(a, b);
}

export function numEq(a: SchemeNumber, b: SchemeNumber): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  return compare(a, b) === 0;
}

export function lt(a: SchemeNumber, b: SchemeNumber): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return compare(a, b) < 0;
}

export function gt(a: SchemeNumber, b: SchemeNumber): boolean {
  if (typeof a === "number" && typeof b === "number") return a > b;
  return compare(a, b) > 0;
}

export function le(a: SchemeNumber, b: SchemeNumber): boolean {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  return compare(a, b) <= 0;
}

export function ge(a: SchemeNumber, b: SchemeNumber): boolean {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  return compare(a, b) >= 0;
}

// Chez's min and max: with a flonum on either side the exact one is converted first (so the result
// is inexact: `(max 3 2.0)` is 3.0), a NaN wins, and between equal flonums the second is kept
// (`(max 0.0 -0.0)` is -0.0).

export function max2(x: SchemeNumber, y: SchemeNumber): SchemeNumber {
  if (typeof x === "number" && typeof y === "number") return x > y ? x : y;
  if (x instanceof Flonum) {
    const b = y instanceof Flonum ? y : new Flonum(toDouble(y));
    return x.value > b.value || Number.isNaN(x.value) ? x : b;
  }
  if (y instanceof Flonum) return max2(new Flonum(toDouble(x)), y);
  return exactCompare(x, y) > 0 ? x : y;
}

export function min2(x: SchemeNumber, y: SchemeNumber): SchemeNumber {
  if (typeof x === "number" && typeof y === "number") return x < y ? x : y;
  if (x instanceof Flonum) {
    const b = y instanceof Flonum ? y : new Flonum(toDouble(y));
    return x.value < b.value || Number.isNaN(x.value) ? x : b;
  }
  if (y instanceof Flonum) return min2(new Flonum(toDouble(x)), y);
  return exactCompare(x, y) < 0 ? x : y;
}
