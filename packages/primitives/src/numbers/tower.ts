// Classification and conversions shared by the numeric modules. The representation itself (and
// its invariants: a `number` is a safe integer and never -0, a `bigint` is never in the safe range,
// a Ratnum is in lowest terms with den > 1) lives in @rlms/reader's datum/number.ts.

import {
  Flonum,
  Ratnum,
  bitLength,
  doubleToExact,
  exactToDouble,
  integerFromBigInt,
  makeRational,
  type ExactInteger,
  type ExactRational,
} from "@rlms/reader";

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The largest integer result, in bits, that `expt` and `arithmetic-shift` will build. Racket
 * allocates until memory runs out; a sandbox should refuse early rather than freeze in one
 * primitive call (2^25 bits is about ten million decimal digits).
 */
export const MAX_RESULT_BITS = 2 ** 25;

/** Racket CS's fixnums are 61-bit: [-2^60, 2^60 - 1]. */
export const FIXNUM_MIN = -(2n ** 60n);
export const FIXNUM_MAX = 2n ** 60n - 1n;

/** `integer?`: exact integers and integral finite flonums. */
export function isIntegerValue(x: unknown): x is ExactInteger | Flonum {
  if (typeof x === "number" || typeof x === "bigint") return true;
  return x instanceof Flonum && Number.isInteger(x.value);
}

export function isNegative(x: ExactRational): boolean {
  if (typeof x === "number") return x < 0;
  if (typeof x === "bigint") return x < 0n;
  return x.num < 0n;
}

/** The sign of an exact rational: -1, 0 or 1. */
export function exactSign(x: ExactRational): number {
  if (typeof x === "number") return Math.sign(x) + 0;
  if (typeof x === "bigint") return x < 0n ? -1 : 1;
  return x.num < 0n ? -1 : 1;
}

/** Numerator and denominator of an exact rational, as bigints. */
function numOf(x: ExactRational): bigint {
  return x instanceof Ratnum ? x.num : BigInt(x);
}
function denOf(x: ExactRational): bigint {
  return x instanceof Ratnum ? x.den : 1n;
}

/** Chez's `integer-length`: bits needed in two's complement, without the sign bit. */
export function integerLength(x: bigint): number {
  return bitLength(x < 0n ? -x - 1n : x);
}

/**
 * Chez Scheme's `floatable?`: converting `x` to a double neither overflows nor underflows. Mixed
 * exact/inexact arithmetic converts a floatable exact operand first and otherwise computes
 * exactly and rounds once, so `(- (expt 2 1024) 1e308)` is 7.976931348623159e+307, not +inf.0.
 */
export function isFloatable(x: ExactRational): boolean {
  if (typeof x === "number") return true;
  if (typeof x === "bigint") return integerLength(x) <= 1023;
  const e = integerLength(x.num) - integerLength(x.den);
  return e >= -1023 && e <= 1023;
}

export const toDouble = exactToDouble;

/** `inexact->exact` of a finite double. */
export const toExact = doubleToExact;

/** The exact negation (never -0). */
export function exactNegate(x: ExactRational): ExactRational {
  if (typeof x === "number") return 0 - x;
  if (typeof x === "bigint") return integerFromBigInt(-x);
  return Ratnum.unsafeMake(-x.num, x.den);
}

export function exactAbs(x: ExactRational): ExactRational {
  return isNegative(x) ? exactNegate(x) : x;
}

// Exact arithmetic. Integer operands stay in the number/bigint domain; a Ratnum operand moves the
// computation to num/den bigints, and makeRational restores the canonical form.

export function exactAdd(a: ExactRational, b: ExactRational): ExactRational {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    return Number.isSafeInteger(r) ? r : integerFromBigInt(BigInt(a) + BigInt(b));
  }
  if (!(a instanceof Ratnum) && !(b instanceof Ratnum)) return integerFromBigInt(BigInt(a) + BigInt(b));
  const an = numOf(a);
  const ad = denOf(a);
  const bn = numOf(b);
  const bd = denOf(b);
  return makeRational(an * bd + bn * ad, ad * bd);
}

export function exactSub(a: ExactRational, b: ExactRational): ExactRational {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    return Number.isSafeInteger(r) ? r : integerFromBigInt(BigInt(a) - BigInt(b));
  }
  if (!(a instanceof Ratnum) && !(b instanceof Ratnum)) return integerFromBigInt(BigInt(a) - BigInt(b));
  const an = numOf(a);
  const ad = denOf(a);
  const bn = numOf(b);
  const bd = denOf(b);
  return makeRational(an * bd - bn * ad, ad * bd);
}

export function exactMul(a: ExactRational, b: ExactRational): ExactRational {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    // The rounded product stays within the safe range exactly when the true one does, and then it
    // is exact; `+ 0` turns the -0 of `0 * -5` into 0.
    if (Math.abs(r) <= MAX_SAFE) return r + 0;
    return integerFromBigInt(BigInt(a) * BigInt(b));
  }
  if (!(a instanceof Ratnum) && !(b instanceof Ratnum)) return integerFromBigInt(BigInt(a) * BigInt(b));
  return makeRational(numOf(a) * numOf(b), denOf(a) * denOf(b));
}

/** Exact division; the caller has excluded a zero divisor. */
export function exactDiv(a: ExactRational, b: ExactRational): ExactRational {
  if (typeof a === "number" && typeof b === "number") {
    const q = a / b;
    if (Number.isInteger(q) && q * b === a) return q + 0;
  }
  return makeRational(numOf(a) * denOf(b), denOf(a) * numOf(b));
}

/** -1, 0 or 1. */
export function exactCompare(a: ExactRational, b: ExactRational): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (!(a instanceof Ratnum) && !(b instanceof Ratnum)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const l = numOf(a) * denOf(b);
  const r = numOf(b) * denOf(a);
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * Compares an exact rational with a double, exactly (Racket never rounds the exact side:
 * `(= 1/3 0.3333333333333333)` is #f). NaN for NaN; infinities compare like Chez's
 * exact-inexact-compare?, as if the exact value were 0.0.
 */
export function compareExactDouble(e: ExactRational, d: number): number {
  if (!Number.isFinite(d)) return Number.isNaN(d) ? NaN : d > 0 ? -1 : 1;
  if (typeof e === "number") return e < d ? -1 : e > d ? 1 : 0;
  if (typeof e === "bigint") {
    if (Number.isInteger(d)) {
      const b = BigInt(d);
      return e < b ? -1 : e > b ? 1 : 0;
    }
    // d lies strictly between two integers, so an integer is below it iff it is at most floor(d).
    return e <= BigInt(Math.floor(d)) ? -1 : 1;
  }
  return exactCompare(e, doubleToExact(d));
}

/** Integer square root of a nonnegative bigint (floor). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError("isqrt of a negative number");
  if (n < 4503599627370496n) {
    // Below 2^52 the double square root is within one of the answer.
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r--;
    while ((r + 1n) * (r + 1n) <= n) r++;
    return r;
  }
  // Newton's iteration from an overestimate decreases monotonically to floor(sqrt(n)).
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** floor(a / b) for bigints (b != 0). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
