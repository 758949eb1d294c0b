// floor, ceiling, truncate, round (ties to even, on flonums and on exact rationals), numerator,
// denominator, and the exactness conversions.

import { Flonum, Ratnum, integerFromBigInt, type ExactRational, type SchemeNumber } from "@rlms/reader";
import { Exn, errorValue } from "@rlms/evaluator";
import { floorDiv, toDouble, toExact } from "./tower.js";

/** Round half to even on a double, keeping the sign of zero (`(round -0.4)` is -0.0). */
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  const f = Math.floor(x);
  // x - f is exact: both lie in the same binade or f is an integer just below x.
  const d = x - f;
  const r = d < 0.5 ? f : d > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
  return r === 0 && x < 0 ? -0 : r;
}

function ratFloor(x: Ratnum): ExactRational {
  return integerFromBigInt(floorDiv(x.num, x.den));
}

export function floor(x: SchemeNumber): SchemeNumber {
  if (x instanceof Flonum) return new Flonum(Math.floor(x.value));
  return x instanceof Ratnum ? ratFloor(x) : x;
}

export function ceiling(x: SchemeNumber): SchemeNumber {
  if (x instanceof Flonum) return new Flonum(Math.ceil(x.value));
  return x instanceof Ratnum ? integerFromBigInt(floorDiv(x.num, x.den) + 1n) : x;
}

export function truncate(x: SchemeNumber): SchemeNumber {
  if (x instanceof Flonum) return new Flonum(Math.trunc(x.value));
  return x instanceof Ratnum ? integerFromBigInt(x.num / x.den) : x;
}

export function round(x: SchemeNumber): SchemeNumber {
  if (x instanceof Flonum) return new Flonum(roundHalfEven(x.value));
  if (!(x instanceof Ratnum)) return x;
  // floor(x + 1/2), minus one when x + 1/2 was an odd integer (a tie): Chez's ratnum round.
  const twice = 2n * x.num + x.den;
  const den2 = 2n * x.den;
  const f = floorDiv(twice, den2);
  const tie = f * den2 === twice;
  return integerFromBigInt(tie && (f & 1n) === 1n ? f - 1n : f);
}

/** `numerator` for a rational (a finite flonum gives a flonum). */
export function numerator(x: SchemeNumber): SchemeNumber {
  if (x instanceof Ratnum) return integerFromBigInt(x.num);
  if (x instanceof Flonum) {
    if (Number.isInteger(x.value)) return x;
    const e = toExact(x.value);
    return new Flonum(toDouble(e instanceof Ratnum ? integerFromBigInt(e.num) : e));
  }
  return x;
}

/** `denominator` for a rational (a finite flonum gives a flonum: `(denominator 0.1)` is 36028797018963970.0). */
export function denominator(x: SchemeNumber): SchemeNumber {
  if (x instanceof Ratnum) return integerFromBigInt(x.den);
  if (x instanceof Flonum) {
    if (Number.isInteger(x.value)) return new Flonum(1);
    const e = toExact(x.value);
    return new Flonum(e instanceof Ratnum ? Number(e.den) : 1);
  }
  return 1;
}

export function toInexact(x: SchemeNumber): Flonum {
  return x instanceof Flonum ? x : new Flonum(toDouble(x));
}

/**
 * `inexact->exact`. Racket CS names `exact` in this error whichever procedure was called (the
 * contract violation for a non-number says `inexact->exact`).
 */
export function toExactNumber(x: SchemeNumber): ExactRational {
  if (!(x instanceof Flonum)) return x;
  if (!Number.isFinite(x.value)) {
    throw new Exn("exn:fail:contract", `exact: no exact representation for ${errorValue(x)}`);
  }
  return toExact(x.value);
}
