// exp, log, sin, cos, tan, asin, acos, atan, sqrt, following Chez Scheme's definitions in Racket CS:
//   - an exact argument at the function's fixed point gives an exact result: (exp 0) is 1,
//     (log 1) is 0, (sin 0) is 0, (cos 0) is 1, (asin 0) is 0, (acos 1) is 0, (atan 0) is 0;
//   - (log 0) is a division by zero, (log 0.0) is -inf.0; (log x b) is (/ (log x) (log b)), so
//     (log 1 2) is exact 0 and (log 100 1) fails as "/: division by zero";
//   - logarithms of exact numbers beyond the double range are computed from their bit length;
//   - sqrt of an exact perfect square (or a ratio of two) is exact: (sqrt 16) is 4, (sqrt 1/4) 1/2;
//   - (atan y x) with exact y = 0 is exact: (atan 0 1) is 0, but (atan 0 -1) is pi and (atan 0 0)
//     is an error; (atan 0 -0.0) is pi, following the sign of the inexact zero.
// Racket returns complex numbers for (sqrt -4), (log -1), (asin 2) and so on; we raise instead.
// The double functions come from libm.ts (correctly rounded, like glibc), not from Math.

import { Flonum, Ratnum, integerFromBigInt, type ExactRational, type SchemeNumber } from "@rlms/reader";
import { divideByZero } from "@rlms/evaluator";
import { add, div, mul, sub } from "./arith.js";
import { complexResult, undefinedForValues } from "./checks.js";
import { exactCompare, exactMul, integerLength, isFloatable, isNegative, isqrt, toDouble } from "./tower.js";
import { abs } from "./integer.js";
import * as libm from "./libm.js";

const LOG2 = libm.log(2);

export function exp(x: SchemeNumber): SchemeNumber {
  if (x instanceof Flonum) return new Flonum(libm.exp(x.value));
  if (x === 0) return 1;
  return new Flonum(libm.exp(toDouble(x)));
}

export function sin(x: SchemeNumber): SchemeNumber {
  if (x instanceof Flonum) return new Flonum(libm.sin(x.value));
  return x === 0 ? 0 : new Flonum(libm.sin(toDouble(x)));
}

export function cos(x: SchemeNumber): SchemeNumber {
  if (x instanceof Flonum) return new Flonum(libm.cos(x.value));
  return x === 0 ? 1 : new Flonum(libm.cos(toDouble(x)));
}

export function tan(x: SchemeNumber): SchemeNumber {
  if (x instanceof Flonum) return new Flonum(libm.tan(x.value));
  return x === 0 ? 0 : new Flonum(libm.tan(toDouble(x)));
}

export function asin(x: SchemeNumber): SchemeNumber {
  if (x === 0) return 0;
  const d = x instanceof Flonum ? x.value : toDouble(x);
  if (d < -1 || d > 1) throw complexResult("asin", x);
  return new Flonum(libm.asin(d));
}

export function acos(x: SchemeNumber): SchemeNumber {
  if (x === 1) return 0;
  const d = x instanceof Flonum ? x.value : toDouble(x);
  if (d < -1 || d > 1) throw complexResult("acos", x);
  return new Flonum(libm.acos(d));
}

export function atan(x: SchemeNumber): SchemeNumber {
  if (x instanceof Flonum) return new Flonum(libm.atan(x.value));
  return x === 0 ? 0 : new Flonum(libm.atan(toDouble(x)));
}

/** `(atan y x)`, the angle of the point (x, y). */
export function atan2(y: SchemeNumber, x: SchemeNumber): SchemeNumber {
  if (y instanceof Flonum) return new Flonum(libm.atan2(y.value, x instanceof Flonum ? x.value : toDouble(x)));
  if (typeof y === "number" && typeof x === "number") {
    if (y === 0) {
      if (x > 0) return 0;
      if (x < 0) return new Flonum(Math.PI);
      throw undefinedForValues("atan2", y, x);
    }
    return new Flonum(libm.atan2(y, x));
  }
  if (x instanceof Flonum) {
    // Chez computes (angle (make-rectangular x y)); with an exact 0 imaginary part that is the
    // angle of the real number x, which is exact 0 unless x is negative (or -0.0) or NaN.
    if (y === 0) {
      const v = x.value;
      if (Number.isNaN(v)) return x;
      return v < 0 || Object.is(v, -0) ? new Flonum(Math.PI) : 0;
    }
    return new Flonum(libm.atan2(toDouble(y), x.value));
  }
  return exactAngle(x, y);
}

/** Chez's angle of the exact complex x+yi (one of x, y a bignum or ratnum), after Kahan. */
function exactAngle(x: ExactRational, y: ExactRational): SchemeNumber {
  if (y === 0) {
    if (isNegative(x)) return new Flonum(Math.PI);
    return 0;
  }
  const ax = abs(x) as ExactRational;
  const ay = abs(y) as ExactRational;
  if (exactCompare(ay, ax) > 0) {
    return sub(new Flonum(Math.PI * (isNegative(y) ? -0.5 : 0.5)), atan(div(x, y)));
  }
  if (isNegative(x)) {
    const a = atan(div(y, x));
    return isNegative(y) ? sub(a, new Flonum(Math.PI)) : add(a, new Flonum(Math.PI));
  }
  return atan(div(y, x));
}

/** Natural logarithm; `who` names the caller in the complex-result error. */
export function log(x: SchemeNumber, who = "log"): SchemeNumber {
  if (x instanceof Flonum) {
    if (x.value < 0) throw complexResult(who, x);
    return new Flonum(libm.log(x.value));
  }
  if (typeof x === "number") {
    if (x > 1) return new Flonum(libm.log(x));
    if (x === 1) return 0;
    if (x < 0) throw complexResult(who, x);
    throw divideByZero("log");
  }
  if (isNegative(x)) throw complexResult(who, x);
  if (typeof x === "bigint") {
    const len = integerLength(x);
    if (len <= 1023) return new Flonum(libm.log(Number(x)));
    // Beyond the double range: len * log 2 + log(x / 2^len), as Chez does.
    const scaled = toDouble(div(x, integerFromBigInt(1n << BigInt(len))) as ExactRational);
    return new Flonum(len * LOG2 + libm.log(scaled));
  }
  if (isFloatable(x)) return new Flonum(libm.log(toDouble(x)));
  return sub(log(integerFromBigInt(x.num), who), log(integerFromBigInt(x.den), who));
}

/** The exact square root when x is a perfect square (or a ratio of two), else its floor approximation. */
function exactSqrtApprox(x: ExactRational): ExactRational {
  if (x instanceof Ratnum) {
    return div(integerFromBigInt(isqrt(x.num)), integerFromBigInt(isqrt(x.den))) as ExactRational;
  }
  return integerFromBigInt(isqrt(BigInt(x)));
}

export function sqrt(x: SchemeNumber, who = "sqrt"): SchemeNumber {
  if (x instanceof Flonum) {
    // -0.0 is not below 0.0: (sqrt -0.0) is -0.0.
    if (x.value < 0) throw complexResult(who, x);
    return new Flonum(Math.sqrt(x.value));
  }
  if (typeof x === "number" && x >= 0) {
    const r = Math.sqrt(x);
    if (Number.isInteger(r) && r * r === x) return r;
    if (x < 2 ** 52) return new Flonum(r);
  }
  if (isNegative(x)) throw complexResult(who, x);
  const y = exactSqrtApprox(x);
  const yy = exactMul(y, y);
  if (exactCompare(yy, x) === 0) return y;
  if (isFloatable(x)) return new Flonum(Math.sqrt(toDouble(x)));
  return mul(y, new Flonum(Math.sqrt(toDouble(div(x, yy) as ExactRational))));
}
