// Generic + - * / on the numeric tower, following Racket CS (Chez Scheme's $+ $- $* $/):
//   - the exact 0 is absorbing for * even against flonums: (* 0 +inf.0) and (* 1.5 0) are exact 0;
//   - the exact 0 is the identity for + and the left operand of -: (+ 0 -0.0) is -0.0 and
//     (- 0 0.0) is -0.0;
//   - (/ 0 x) is exact 0 for any nonzero x, including 0.0 ((/ 0 0.0) is 0), but an exact 0 divisor
//     is an error even for a flonum dividend ((/ 0.0 0) raises) while (/ 1 0.0) is +inf.0;
//   - an exact operand too large (or small) for a double is combined exactly and rounded once.
// Callers pass valid numbers; the primitives in index.ts check their arguments.

import { Flonum, Ratnum, integerFromBigInt, type ExactRational, type SchemeNumber } from "@rlms/reader";
import { divideByZero } from "@rlms/evaluator";
import {
  MAX_SAFE,
  exactAdd,
  exactDiv,
  exactMul,
  exactNegate,
  exactSub,
  isFloatable,
  isNegative,
  toDouble,
  toExact,
} from "./tower.js";

export function add(a: SchemeNumber, b: SchemeNumber): SchemeNumber {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
    return integerFromBigInt(BigInt(a) + BigInt(b));
  }
  if (a instanceof Flonum) {
    if (b instanceof Flonum) return new Flonum(a.value + b.value);
    return exactPlusInexact(b, a);
  }
  if (b instanceof Flonum) return exactPlusInexact(a, b);
  return exactAdd(a, b);
}

function exactPlusInexact(x: ExactRational, y: Flonum): SchemeNumber {
  if (x === 0) return y;
  if (typeof x === "number" || isFloatable(x) || y.value === 0) return new Flonum(toDouble(x) + y.value);
  if (!Number.isFinite(y.value)) return y;
  return new Flonum(toDouble(exactAdd(x, toExact(y.value))));
}

export function sub(a: SchemeNumber, b: SchemeNumber): SchemeNumber {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
    return integerFromBigInt(BigInt(a) - BigInt(b));
  }
  if (a instanceof Flonum) {
    if (b instanceof Flonum) return new Flonum(a.value - b.value);
    if (b === 0) return a;
    if (typeof b === "number" || isFloatable(b) || a.value === 0) return new Flonum(a.value - toDouble(b));
    if (!Number.isFinite(a.value)) return a;
    return new Flonum(toDouble(exactSub(toExact(a.value), b)));
  }
  if (b instanceof Flonum) {
    if (a === 0) return new Flonum(-b.value);
    if (typeof a === "number" || isFloatable(a) || b.value === 0) return new Flonum(toDouble(a) - b.value);
    if (!Number.isFinite(b.value)) return new Flonum(-b.value);
    return new Flonum(toDouble(exactSub(a, toExact(b.value))));
  }
  return exactSub(a, b);
}

export function mul(a: SchemeNumber, b: SchemeNumber): SchemeNumber {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    // Within the safe range the rounded product is the exact one; `+ 0` turns -0 into 0.
    if (Math.abs(r) <= MAX_SAFE) return r + 0;
    return integerFromBigInt(BigInt(a) * BigInt(b));
  }
  if (a instanceof Flonum) {
    if (b instanceof Flonum) return new Flonum(a.value * b.value);
    return exactTimesInexact(b, a);
  }
  if (b instanceof Flonum) return exactTimesInexact(a, b);
  return exactMul(a, b);
}

function exactTimesInexact(x: ExactRational, y: Flonum): SchemeNumber {
  if (x === 0) return 0;
  if (x === 1) return y;
  if (typeof x === "number" || isFloatable(x)) return new Flonum(toDouble(x) * y.value);
  if (y.value === 0 || !Number.isFinite(y.value)) return isNegative(x) ? new Flonum(-y.value) : y;
  return new Flonum(toDouble(exactMul(x, toExact(y.value))));
}

/** `(/ a b)`; throws `/: division by zero` for an exact 0 divisor. */
export function div(a: SchemeNumber, b: SchemeNumber): SchemeNumber {
  if (b instanceof Flonum) {
    if (a instanceof Flonum) return new Flonum(a.value / b.value);
    // exact / inexact
    if (a === 0) return 0;
    if (typeof a === "number" || isFloatable(a)) return new Flonum(toDouble(a) / b.value);
    if (b.value === 0 || !Number.isFinite(b.value)) return new Flonum((isNegative(a) ? -1 : 1) / b.value);
    return new Flonum(toDouble(exactDiv(a, toExact(b.value))));
  }
  if (b === 0) throw divideByZero("/");
  if (a instanceof Flonum) {
    // inexact / exact
    if (b === 1) return a;
    if (typeof b === "number" || isFloatable(b)) return new Flonum(a.value / toDouble(b));
    if (a.value === 0 || !Number.isFinite(a.value)) return isNegative(b) ? new Flonum(-a.value) : a;
    return new Flonum(toDouble(exactDiv(toExact(a.value), b)));
  }
  return exactDiv(a, b);
}

export function negate(a: SchemeNumber): SchemeNumber {
  if (a instanceof Flonum) return new Flonum(-a.value);
  return exactNegate(a);
}

/** `(/ a)`. */
export function reciprocal(a: SchemeNumber): SchemeNumber {
  if (a instanceof Ratnum) {
    // Already in lowest terms: only the sign moves.
    if (a.num === 1n) return integerFromBigInt(a.den);
    if (a.num === -1n) return integerFromBigInt(-a.den);
    return a.num < 0n ? Ratnum.unsafeMake(-a.den, -a.num) : Ratnum.unsafeMake(a.den, a.num);
  }
  return div(1, a);
}
