// Integer division, gcd/lcm, abs, parity and integer square roots, as Racket CS has them. The
// quirks come from Chez Scheme:
//   - the divisor is examined first: `(quotient 'a 0)` is a division by zero, `(quotient 'a 'b)`
//     complains about 'b (but modulo checks its first argument first);
//   - integral flonums are accepted and give flonums, but an exact result stays exact:
//     `(quotient 0 2.0)` is 0, `(remainder 7.0 1)` is 0, `(quotient 7.0 -1)` is -7.0;
//   - a zero flonum divisor is "undefined for 0.0" (still exn:fail:contract:divide-by-zero);
//   - a flonum remainder of zero is always 0.0, never -0.0;
//   - gcd and lcm accept any rationals: `(gcd 1/2 1/3)` is 1/6, `(gcd 1.5 2)` is 0.5.

import { Flonum, integerFromBigInt, type ExactInteger, type SchemeNumber } from "@rlms/reader";
import { MultipleValues, contractViolation, divideByZero } from "@rlms/evaluator";
import { add, div, mul, negate, sub } from "./arith.js";
import { checkInteger, checkRational, complexResult, undefinedFor } from "./checks.js";
import { denominator, numerator, toInexact, truncate } from "./rounding.js";
import { exactAbs, exactMul, isIntegerValue, isNegative, isqrt, toDouble, toExact } from "./tower.js";

export function quotient(x: unknown, y: unknown): SchemeNumber {
  if (typeof x === "number" && typeof y === "number" && y !== 0) {
    // x - x % y is an exact multiple of y, so this division is exact (Math.trunc(x / y) can round
    // up to the next integer for large x).
    return (x - (x % y)) / y + 0;
  }
  const who = "quotient";
  if (typeof y === "number") {
    if (y === 0) throw divideByZero(who);
    if (y === 1) return checkInteger(who, x);
    if (y === -1) return negate(checkInteger(who, x));
    if (typeof x === "bigint") return integerFromBigInt(x / BigInt(y));
    return truncate(div(checkInteger(who, x), y));
  }
  if (typeof y === "bigint") {
    if (typeof x === "number" || typeof x === "bigint") return integerFromBigInt(BigInt(x) / y);
    return truncate(div(checkInteger(who, x), y));
  }
  const d = checkInteger(who, y) as Flonum;
  const n = checkInteger(who, x);
  if (d.value === 0) throw undefinedFor(who, d);
  return truncate(div(n, d));
}

function flRemainder(x: number, y: number): Flonum {
  const r = x % y;
  return new Flonum(r === 0 ? 0 : r);
}

export function remainder(x: unknown, y: unknown): SchemeNumber {
  if (typeof x === "number" && typeof y === "number" && y !== 0) return (x % y) + 0;
  const who = "remainder";
  if (typeof y === "number") {
    if (y === 0) throw divideByZero(who);
    if (y === 1 || y === -1) {
      checkInteger(who, x);
      return 0;
    }
    if (typeof x === "bigint") return integerFromBigInt(x % BigInt(y));
    return flRemainder((checkInteger(who, x) as Flonum).value, y);
  }
  if (typeof y === "bigint") {
    if (typeof x === "number" || typeof x === "bigint") return integerFromBigInt(BigInt(x) % y);
    return flRemainder((checkInteger(who, x) as Flonum).value, Number(y));
  }
  const d = checkInteger(who, y) as Flonum;
  const n = checkInteger(who, x);
  if (d.value === 0) throw undefinedFor(who, d);
  if (n instanceof Flonum) return flRemainder(n.value, d.value);
  if (n === 0) return 0;
  return toInexact(remainder(n, toExact(d.value)));
}

export function modulo(x: unknown, y: unknown): SchemeNumber {
  if (typeof x === "number" && typeof y === "number" && y !== 0) {
    let r = x % y;
    if (r !== 0 && r < 0 !== y < 0) r += y;
    return r + 0;
  }
  const who = "modulo";
  const n = checkInteger(who, x);
  const d = checkInteger(who, y);
  if (d === 0) throw divideByZero(who);
  if (d instanceof Flonum && d.value === 0) throw undefinedFor(who, d);
  const r = remainder(n, d);
  const rNeg = r instanceof Flonum ? r.value < 0 : isNegative(r);
  const rPos = r instanceof Flonum ? r.value > 0 : !isNegative(r) && r !== 0;
  const dNeg = d instanceof Flonum ? d.value < 0 : isNegative(d);
  return (dNeg ? rPos : rNeg) ? add(r, d) : r;
}

/** `quotient/remainder`, as two values. */
export function quotientRemainder(x: unknown, y: unknown): MultipleValues {
  const who = "quotient/remainder";
  const n = checkInteger(who, x);
  const d = checkInteger(who, y);
  if (!(n instanceof Flonum) && !(d instanceof Flonum)) {
    if (d === 0) throw divideByZero(who);
    return new MultipleValues([quotient(n, d), remainder(n, d)]);
  }
  // Racket CS evaluates the remainder first, so a 0.0 divisor is reported by `remainder`.
  const r = remainder(n, d);
  return new MultipleValues([quotient(n, d), r]);
}

function bigGcdOf(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function integerGcd(a: ExactInteger, b: ExactInteger): ExactInteger {
  if (typeof a === "number" && typeof b === "number") {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b !== 0) [a, b] = [b, a % b];
    return a;
  }
  return integerFromBigInt(bigGcdOf(BigInt(a), BigInt(b)));
}

function exactLcm(a: ExactInteger, b: ExactInteger): SchemeNumber {
  if (a === 0 || b === 0) return 0;
  const g = integerGcd(a, b);
  return exactMul(exactAbs(a), div(exactAbs(b), g) as ExactInteger);
}

/** Chez's gcd of two integers; flonum integers give a flonum. */
function chezGcd(a: ExactInteger | Flonum, b: ExactInteger | Flonum): SchemeNumber {
  if (!(a instanceof Flonum) && !(b instanceof Flonum)) return integerGcd(a, b);
  const ea = a instanceof Flonum ? (toExact(a.value) as ExactInteger) : a;
  const eb = b instanceof Flonum ? (toExact(b.value) as ExactInteger) : b;
  return toInexact(integerGcd(ea, eb));
}

function chezLcm(a: ExactInteger | Flonum, b: ExactInteger | Flonum): SchemeNumber {
  if (!(a instanceof Flonum) && !(b instanceof Flonum)) return exactLcm(a, b);
  const ea = a instanceof Flonum ? (toExact(a.value) as ExactInteger) : a;
  const eb = b instanceof Flonum ? (toExact(b.value) as ExactInteger) : b;
  return toInexact(exactLcm(ea, eb));
}

/** gcd of two rationals (already checked): the gcd of the numerators over the lcm of the denominators. */
export function gcd2(a: SchemeNumber, b: SchemeNumber): SchemeNumber {
  if (typeof a === "number" && typeof b === "number") return integerGcd(a, b);
  if (isIntegerValue(a) && isIntegerValue(b)) return chezGcd(a, b);
  const num = chezGcd(numerator(a) as ExactInteger | Flonum, numerator(b) as ExactInteger | Flonum);
  const den = chezLcm(denominator(a) as ExactInteger | Flonum, denominator(b) as ExactInteger | Flonum);
  return div(num, den);
}

export function lcm2(a: SchemeNumber, b: SchemeNumber): SchemeNumber {
  if (isIntegerValue(a) && isIntegerValue(b)) return chezLcm(a, b);
  return abs(mul(a, div(b, gcd2(a, b))));
}

export function gcd(who: string, args: ArrayLike<unknown>): SchemeNumber {
  const n = args.length;
  if (n === 0) return 0;
  let acc = checkRational(who, args[0]);
  if (n === 1) return abs(acc);
  for (let i = 1; i < n; i++) acc = gcd2(acc, checkRational(who, args[i]));
  return acc;
}

export function lcm(who: string, args: ArrayLike<unknown>): SchemeNumber {
  const n = args.length;
  if (n === 0) return 1;
  let acc = checkRational(who, args[0]);
  if (n === 1) return abs(acc);
  for (let i = 1; i < n; i++) acc = lcm2(acc, checkRational(who, args[i]));
  return acc;
}

export function abs(x: SchemeNumber): SchemeNumber {
  if (typeof x === "number") return x < 0 ? -x : x;
  if (x instanceof Flonum) return x.value < 0 || Object.is(x.value, -0) ? new Flonum(Math.abs(x.value)) : x;
  return exactAbs(x);
}

export function isEven(who: string, x: unknown): boolean {
  if (typeof x === "number") return x % 2 === 0;
  const n = checkInteger(who, x);
  if (typeof n === "bigint") return (n & 1n) === 0n;
  return (n as Flonum).value % 2 === 0;
}

/** `integer-sqrt`: floor of the square root of an integer; a flonum gives a flonum. */
export function integerSqrt(who: string, x: unknown): SchemeNumber {
  const n = checkInteger(who, x);
  if (n instanceof Flonum) {
    if (n.value < 0) throw complexResult(who, n);
    if (n.value === 0) return n;
    return new Flonum(toDouble(integerFromBigInt(isqrt(BigInt(n.value)))));
  }
  if (isNegative(n)) throw complexResult(who, n);
  if (typeof n === "number") return integerFromBigInt(isqrt(BigInt(n)));
  return integerFromBigInt(isqrt(n));
}

export function integerSqrtRemainder(who: string, x: unknown): MultipleValues {
  const s = integerSqrt(who, x);
  return new MultipleValues([s, sub(x as SchemeNumber, mul(s, s))]);
}

/** R7RS `exact-integer-sqrt`: only exact nonnegative integers. */
export function exactIntegerSqrt(x: unknown): MultipleValues {
  if ((typeof x === "number" && x >= 0) || (typeof x === "bigint" && x >= 0n)) {
    const n = BigInt(x);
    const s = isqrt(n);
    return new MultipleValues([integerFromBigInt(s), integerFromBigInt(n - s * s)]);
  }
  throw contractViolation("exact-integer-sqrt", "exact-nonnegative-integer?", x);
}
