// `expt`, after Chez Scheme's (with Racket CS's guard against huge exact results):
//   - an exact 0 exponent gives exact 1 whatever the base: (expt 0.0 0) and (expt +nan.0 0) are 1;
//   - exact base 0: (expt 0 -1) is "undefined for values 0 and -1", (expt 0 2.5) is exact 0,
//     (expt 0 0.0) is 1.0, (expt 0 +nan.0) is +nan.0; exact base 1 always gives exact 1;
//   - exact base, exact integer exponent: exact (rationals for negative exponents);
//   - exponent exactly 1/2 is `sqrt`: (expt 4 1/2) is 2 but (expt 4 -1/2) is 0.5 and
//     (expt 8 1/3) is 2.0; other rational exponents are converted to doubles;
//   - flonum base with an exact integer exponent uses pow() (not repeated multiplication), with
//     Bradley Lucier's care for exponents beyond 2^53;
//   - pow() follows C99 and glibc: pow(1.0, +nan.0) is 1.0 (JS's Math.pow says NaN), and it is
//     correctly rounded (Math.pow(2, 1.5) is off by one ulp).
// A negative base with a non-integer exponent has a complex value in Racket; we raise.

import { Flonum, Ratnum, bitLength, integerFromBigInt, makeRational, type ExactInteger, type SchemeNumber } from "@rlms/reader";
import { mul } from "./arith.js";
import { complexResult, outOfMemory, undefinedForValues } from "./checks.js";
import { MAX_RESULT_BITS, MAX_SAFE, isFloatable, isNegative, toDouble } from "./tower.js";
import { exp, log, sqrt } from "./transcendental.js";
import * as libm from "./libm.js";

/** C's pow() (see libm.ts): correctly rounded, and pow(1.0, +nan.0) is 1.0. */
export const flExpt = libm.pow;

function isOdd(y: ExactInteger): boolean {
  return typeof y === "number" ? y % 2 !== 0 : (y & 1n) === 1n;
}

function isNegativeNumber(x: SchemeNumber): boolean {
  return x instanceof Flonum ? x.value < 0 : isNegative(x);
}

function isIntegerValued(y: SchemeNumber): boolean {
  return y instanceof Flonum ? Number.isInteger(y.value) : !(y instanceof Ratnum);
}

export function expt(x: SchemeNumber, y: SchemeNumber): SchemeNumber {
  if (typeof y === "number" || typeof y === "bigint") return exptInteger(x, y);
  if (isNegativeNumber(x) && !isIntegerValued(y)) throw complexResult("expt", x, y);
  if (y instanceof Flonum) return exptFlonum(x, y);
  return exptRatnum(x, y);
}

function exptInteger(x: SchemeNumber, y: ExactInteger): SchemeNumber {
  if (y === 0) return 1;
  if (x instanceof Flonum) return flonumToInteger(x.value, y);
  if (x === 0) {
    if (isNegative(y)) throw undefinedForValues("expt", x, y);
    return 0;
  }
  if (x === 1) return 1;
  if (x === -1) return isOdd(y) ? -1 : 1;
  if (typeof x === "number" && typeof y === "number" && y > 0 && y < 64) {
    const r = smallPower(x, y);
    if (r !== undefined) return r;
  }
  if (typeof y === "bigint") throw outOfMemory("expt");
  const n = Math.abs(y);
  const bits = x instanceof Ratnum ? Math.max(bitLength(x.num), bitLength(x.den)) : bitLength(BigInt(x));
  if (bits * n > MAX_RESULT_BITS) throw outOfMemory("expt");
  const e = BigInt(n);
  if (x instanceof Ratnum) {
    // Powers of a fraction in lowest terms are in lowest terms.
    const a = x.num ** e;
    const b = x.den ** e;
    if (y > 0) return Ratnum.unsafeMake(a, b);
    if (a === 1n || a === -1n) return integerFromBigInt(a * b);
    return a < 0n ? Ratnum.unsafeMake(-b, -a) : Ratnum.unsafeMake(b, a);
  }
  const p = BigInt(x) ** e;
  return y > 0 ? integerFromBigInt(p) : makeRational(1n, p);
}

/** x^y by squaring while the result stays a safe integer; undefined when it would not. */
function smallPower(x: number, y: number): number | undefined {
  let r = 1;
  let b = x;
  for (let e = y; ; ) {
    if (e & 1) {
      r *= b;
      if (Math.abs(r) > MAX_SAFE) return undefined;
    }
    e >>>= 1;
    if (e === 0) return r;
    b *= b;
    if (Math.abs(b) > MAX_SAFE) return undefined;
  }
}

/** A flonum to an exact integer power (Lucier's algorithm in Chez for exponents beyond 2^53). */
function flonumToInteger(x: number, y: ExactInteger): Flonum {
  if (typeof y === "number") return new Flonum(flExpt(x, y));
  const big = y < 0n ? -y : y;
  if (big <= 2n ** 53n) return new Flonum(flExpt(x, Number(y)));
  if (Number.isNaN(x)) return new Flonum(x);
  const odd = (y & 1n) === 1n;
  const positive = y > 0n;
  if (x === 0) return new Flonum(positive ? (odd ? x : 0) : odd ? 1 / x : Infinity);
  if (Math.abs(x) === 1) return new Flonum(odd ? x : 1);
  if (big >= 2n ** 63n) {
    // Only zeros and infinities are possible.
    const negResult = odd && x < 0;
    if (1 < Math.abs(x) === positive) return new Flonum(negResult ? -Infinity : Infinity);
    return new Flonum(negResult ? -0 : 0);
  }
  // Split y into a part with the low 12 bits cleared and the rest; both convert exactly.
  const highAbs = (big >> 12n) << 12n;
  const high = positive ? highAbs : -highAbs;
  const rest = y - high;
  return new Flonum(flExpt(x, Number(high)) * flExpt(x, Number(rest)));
}

function exptFlonum(x: SchemeNumber, y: Flonum): SchemeNumber {
  const v = y.value;
  if (x instanceof Flonum) return new Flonum(flExpt(x.value, v));
  if (x === 0) {
    if (v < 0) throw undefinedForValues("expt", x, y);
    if (v === 0) return new Flonum(1);
    return Number.isNaN(v) ? y : 0;
  }
  if (x === 1) return 1;
  if (isFloatable(x)) return new Flonum(flExpt(toDouble(x), v));
  if (isNegative(x)) throw complexResult("expt", x, y);
  return exp(mul(y, log(x)));
}

function exptRatnum(x: SchemeNumber, y: Ratnum): SchemeNumber {
  if (y.num === 1n && y.den === 2n) return sqrt(x, "expt");
  if (x === 0) {
    if (y.num > 0n) return 0;
    throw undefinedForValues("expt", x, y);
  }
  if (x === 1) return 1;
  if (isFloatable(y)) {
    // Unless the conversion loses the fraction (it would then wrongly be an integer power).
    const d = toDouble(y);
    if (!Number.isInteger(d)) return exptFlonum(x, new Flonum(d));
  }
  return exp(mul(y, log(x, "expt")));
}
