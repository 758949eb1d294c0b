// The numeric tower's representation. The hot path is exact small integers, so those stay unboxed:
//
//   number   an exact integer that is a safe integer (|n| <= 2^53 - 1); never -0, never fractional
//   bigint   an exact integer outside the safe range (always normalised: a bigint is never "small")
//   Ratnum   an exact non-integer rational, num/den in lowest terms with den > 1
//   Flonum   an inexact real (boxed so that 1.0 stays distinguishable from 1)
//
// Keeping each value in exactly one representation makes eqv? a cheap comparison and lets
// arithmetic dispatch on `typeof` before touching any class.

/** An inexact real number (an IEEE double). */
export class Flonum {
  constructor(readonly value: number) {}
}

/** An exact rational that is not an integer: `num/den` in lowest terms, `den > 1`. */
export class Ratnum {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  /** Only for callers that have already reduced the fraction (den > 1, gcd 1). */
  static unsafeMake(num: bigint, den: bigint): Ratnum {
    return new Ratnum(num, den);
  }
}

export type ExactInteger = number | bigint;
export type ExactRational = ExactInteger | Ratnum;
export type SchemeNumber = ExactRational | Flonum;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** The canonical representation of an exact integer given as a bigint. */
export function integerFromBigInt(b: bigint): ExactInteger {
  return b >= MIN_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

export function isExactInteger(x: unknown): x is ExactInteger {
  return typeof x === "number" || typeof x === "bigint";
}

export function isSchemeNumber(x: unknown): x is SchemeNumber {
  return typeof x === "number" || typeof x === "bigint" || x instanceof Flonum || x instanceof Ratnum;
}

export function isExact(x: SchemeNumber): x is ExactRational {
  return !(x instanceof Flonum);
}

export function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `num/den` as a canonical exact rational. Throws a RangeError when `den` is zero. */
export function makeRational(num: bigint, den: bigint): ExactRational {
  if (den === 0n) throw new RangeError("division by zero");
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = bigGcd(num, den);
  if (g !== 1n) {
    num /= g;
    den /= g;
  }
  return den === 1n ? integerFromBigInt(num) : Ratnum.unsafeMake(num, den);
}

export function toBigInt(x: ExactInteger): bigint {
  return typeof x === "bigint" ? x : BigInt(x);
}

/** The closest double to an exact rational (correctly rounded, ties to even). */
export function exactToDouble(x: ExactRational): number {
  if (typeof x === "number") return x;
  if (typeof x === "bigint") return Number(x); // Number(bigint) rounds to nearest, ties to even
  return ratioToDouble(x.num, x.den);
}

/** The double nearest to `num / den` (den > 0, any sizes), rounding ties to even. */
export function ratioToDouble(num: bigint, den: bigint): number {
  const n = Number(num);
  const d = Number(den);
  // Both exactly representable (Number() of a bigint beyond 2^53 is at least 2^53): one IEEE
  // division is then correctly rounded.
  if (Math.abs(n) < 2 ** 53 && d < 2 ** 53) return n / d;
  const neg = num < 0n;
  const a = neg ? -num : num;
  if (a === 0n) return 0;
  // Scale so the integer quotient q has 55 or 56 bits, and keep whether a remainder was left
  // (the sticky bit): rounding q once more would otherwise round twice.
  const shift = bitLength(den) - bitLength(a) + 55;
  let q: bigint;
  let inexact: boolean;
  if (shift >= 0) {
    const scaled = a << BigInt(shift);
    q = scaled / den;
    inexact = q * den !== scaled;
  } else {
    const scaledDen = den << BigInt(-shift);
    q = a / scaledDen;
    inexact = q * scaledDen !== a;
  }
  // q's last bit weighs 2^-shift. Keep 53 bits, or fewer for subnormals, whose last bit must
  // weigh 2^-1074.
  let drop = bitLength(q) - 53;
  if (drop - shift < -1074) drop = -1074 + shift;
  const dropBits = BigInt(drop);
  let m = q >> dropBits;
  const rest = q - (m << dropBits);
  const half = 1n << (dropBits - 1n);
  if (rest > half || (rest === half && (inexact || (m & 1n) === 1n))) m += 1n;
  // m <= 2^53 and the scale is at least 2^-1074, so this product is exact (or overflows to
  // Infinity exactly when the rounded value is out of range).
  const r = Number(m) * 2 ** (drop - shift);
  return neg ? -r : r;
}

export function bitLength(b: bigint): number {
  if (b < 0n) b = -b;
  return b === 0n ? 0 : b.toString(2).length;
}

/** The exact rational equal to a finite double. */
export function doubleToExact(d: number): ExactRational {
  if (!Number.isFinite(d)) throw new RangeError("no exact representation");
  if (Number.isInteger(d)) return Number.isSafeInteger(d) ? d + 0 : BigInt(d);
  // d = mantissa * 2^exp with an integer mantissa.
  let exp = 0;
  let m = d;
  while (!Number.isInteger(m)) {
    m *= 2;
    exp++;
  }
  return makeRational(BigInt(m), 1n << BigInt(exp));
}
