// Bitwise operations on exact integers of any size, in two's complement (BigInt's semantics).
// JS's own bitwise operators truncate to 32 bits, so they are used only when both operands fit.

import { integerFromBigInt, type ExactInteger } from "@rlms/reader";
import { outOfMemory } from "./checks.js";
import { MAX_RESULT_BITS, integerLength } from "./tower.js";

const isInt32 = (x: ExactInteger): x is number => typeof x === "number" && (x | 0) === x;

export function bitwiseAnd(a: ExactInteger, b: ExactInteger): ExactInteger {
  if (isInt32(a) && isInt32(b)) return a & b;
  return integerFromBigInt(BigInt(a) & BigInt(b));
}

export function bitwiseIor(a: ExactInteger, b: ExactInteger): ExactInteger {
  if (isInt32(a) && isInt32(b)) return a | b;
  return integerFromBigInt(BigInt(a) | BigInt(b));
}

export function bitwiseXor(a: ExactInteger, b: ExactInteger): ExactInteger {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return integerFromBigInt(BigInt(a) ^ BigInt(b));
}

export function bitwiseNot(a: ExactInteger): ExactInteger {
  if (isInt32(a)) return ~a;
  return integerFromBigInt(~BigInt(a));
}

/** `arithmetic-shift`: left for positive `s`, right (rounding toward -inf) for negative `s`. */
export function arithmeticShift(n: ExactInteger, s: ExactInteger): ExactInteger {
  if (n === 0) return 0;
  if (typeof s === "bigint") {
    if (s > 0n) throw outOfMemory("arithmetic-shift");
    return (typeof n === "number" ? n < 0 : n < 0n) ? -1 : 0;
  }
  if (s >= 0) {
    if (typeof n === "number" && s < 53) {
      // Multiplying by a power of two is exact while the result is a safe integer.
      const r = n * 2 ** s;
      if (Number.isSafeInteger(r)) return r;
    }
    const b = BigInt(n);
    if (integerLength(b) + s > MAX_RESULT_BITS) throw outOfMemory("arithmetic-shift");
    return integerFromBigInt(b << BigInt(s));
  }
  if (typeof n === "number") {
    if (s <= -53) return n < 0 ? -1 : 0;
    return Math.floor(n / 2 ** -s);
  }
  return integerFromBigInt(n >> BigInt(-s));
}

export function integerLengthOf(n: ExactInteger): number {
  return integerLength(BigInt(n));
}
