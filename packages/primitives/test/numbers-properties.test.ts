// Property tests for the numeric tower: exact arithmetic against a BigInt-fraction reference,
// canonical representations, exact comparison against flonums, banker's rounding, integer
// division, bitwise operations and conversions.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Flonum, Ratnum, bigGcd, integerFromBigInt, makeRational, type ExactRational } from "@rlms/reader";
import { MultipleValues } from "@rlms/evaluator";
import { call } from "./numbers-helpers.js";

const RUNS = { numRuns: 1000 };
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

// ---- reference: fractions of bigints -------------------------------------------------------

interface Frac {
  n: bigint;
  d: bigint;
}

function frac(n: bigint, d: bigint): Frac {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = bigGcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

const fadd = (a: Frac, b: Frac): Frac => frac(a.n * b.d + b.n * a.d, a.d * b.d);
const fsub = (a: Frac, b: Frac): Frac => frac(a.n * b.d - b.n * a.d, a.d * b.d);
const fmul = (a: Frac, b: Frac): Frac => frac(a.n * b.n, a.d * b.d);
const fdiv = (a: Frac, b: Frac): Frac => frac(a.n * b.d, a.d * b.n);
const fcmp = (a: Frac, b: Frac): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};

/** The fraction an exact number denotes. */
function toFrac(x: unknown): Frac {
  if (typeof x === "number") {
    expect(Number.isSafeInteger(x)).toBe(true);
    return { n: BigInt(x), d: 1n };
  }
  if (typeof x === "bigint") return { n: x, d: 1n };
  if (x instanceof Ratnum) return { n: x.num, d: x.den };
  throw new Error(`not exact: ${String(x)}`);
}

function fromFrac(f: Frac): ExactRational {
  return makeRational(f.n, f.d);
}

const view = new DataView(new ArrayBuffer(8));
/** The exact value of a finite double, decoded from its bits (independently of the library). */
function doubleFrac(x: number): Frac {
  view.setFloat64(0, x);
  const b = view.getBigUint64(0);
  const sign = b >> 63n ? -1n : 1n;
  const e = Number((b >> 52n) & 0x7ffn);
  const m = b & 0xfffffffffffffn;
  const mant = e === 0 ? m : m | (1n << 52n);
  const exp = (e === 0 ? 1 : e) - 1075;
  return exp >= 0 ? frac(sign * mant * (1n << BigInt(exp)), 1n) : frac(sign * mant, 1n << BigInt(-exp));
}

/** Racket's representation invariants. */
function isCanonical(x: unknown): boolean {
  if (typeof x === "number") return Number.isSafeInteger(x) && !Object.is(x, -0);
  if (typeof x === "bigint") return x > MAX || x < -MAX;
  if (x instanceof Ratnum) return x.den > 1n && bigGcd(x.num, x.den) === 1n;
  return x instanceof Flonum;
}

// ---- generators -----------------------------------------------------------------------------

const boundary = fc
  .tuple(fc.constantFrom(0n, MAX, -MAX, 2n ** 60n, 2n ** 64n, 2n ** 31n), fc.bigInt(-3n, 3n))
  .map(([b, o]) => b + o);
const bigints = fc.oneof(
  fc.bigInt(-(2n ** 20n), 2n ** 20n),
  fc.bigInt(-(2n ** 53n), 2n ** 53n),
  fc.bigInt(-(2n ** 64n), 2n ** 64n),
  fc.bigInt(-(2n ** 200n), 2n ** 200n),
  boundary,
);
const positives = fc.oneof(fc.bigInt(1n, 100n), fc.bigInt(1n, 2n ** 60n), fc.bigInt(1n, 2n ** 130n));
const integers = bigints.map(integerFromBigInt);
const rationals = fc.tuple(bigints, positives).map(([n, d]) => makeRational(n, d));
const safeInts = fc.oneof(fc.maxSafeInteger(), fc.integer(), fc.integer({ min: -3, max: 3 }));
const finiteDoubles = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -1000, max: 1000 }).map((k) => k / 8),
);

const values = (r: unknown): unknown[] => (r instanceof MultipleValues ? [...r.values] : [r]);

// ---- properties ------------------------------------------------------------------------------

describe("exact arithmetic", () => {
  it("+ - * / agree with the fraction reference and stay canonical", () => {
    fc.assert(
      fc.property(rationals, rationals, (a, b) => {
        const fa = toFrac(a);
        const fb = toFrac(b);
        const results: [unknown, Frac][] = [
          [call("+", a, b), fadd(fa, fb)],
          [call("-", a, b), fsub(fa, fb)],
          [call("*", a, b), fmul(fa, fb)],
        ];
        if (fb.n !== 0n) results.push([call("/", a, b), fdiv(fa, fb)]);
        for (const [got, want] of results) {
          expect(isCanonical(got)).toBe(true);
          expect(toFrac(got)).toEqual(want);
        }
      }),
      RUNS,
    );
  });

  it("variadic + and * fold left to the same exact result", () => {
    fc.assert(
      fc.property(fc.array(rationals, { maxLength: 6 }), (xs) => {
        const sum = xs.reduce<Frac>((acc, x) => fadd(acc, toFrac(x)), { n: 0n, d: 1n });
        const prod = xs.reduce<Frac>((acc, x) => fmul(acc, toFrac(x)), { n: 1n, d: 1n });
        expect(toFrac(call("+", ...xs))).toEqual(sum);
        expect(toFrac(call("*", ...xs))).toEqual(prod);
      }),
      RUNS,
    );
  });

  it("safe-integer + - * never give -0 or an unsafe number", () => {
    fc.assert(
      fc.property(safeInts, safeInts, (a, b) => {
        const cases: [unknown, bigint][] = [
          [call("+", a, b), BigInt(a) + BigInt(b)],
          [call("-", a, b), BigInt(a) - BigInt(b)],
          [call("*", a, b), BigInt(a) * BigInt(b)],
          [call("-", a), -BigInt(a)],
        ];
        for (const [got, want] of cases) {
          expect(isCanonical(got)).toBe(true);
          expect(typeof got === "number" ? BigInt(got) : got).toBe(want);
        }
      }),
      RUNS,
    );
  });

  it("(* 0 x) is exact 0 and (+ 0 x) is x, for any number x", () => {
    fc.assert(
      fc.property(fc.oneof(rationals, fc.double().map((d) => new Flonum(d))), (x) => {
        expect(call("*", 0, x)).toBe(0);
        expect(call("*", x, 0)).toBe(0);
        expect(call("+", 0, x)).toEqual(x);
      }),
      RUNS,
    );
  });
});

describe("comparison", () => {
  it("= < > <= >= on exact rationals agree with the reference", () => {
    fc.assert(
      fc.property(rationals, rationals, (a, b) => {
        const c = fcmp(toFrac(a), toFrac(b));
        expect(call("=", a, b)).toBe(c === 0);
        expect(call("<", a, b)).toBe(c < 0);
        expect(call(">", a, b)).toBe(c > 0);
        expect(call("<=", a, b)).toBe(c <= 0);
        expect(call(">=", a, b)).toBe(c >= 0);
      }),
      RUNS,
    );
  });

  it("exact against flonum compares the exact values", () => {
    const exactNear = fc.oneof(
      rationals,
      finiteDoubles.map((d) => fromFrac(doubleFrac(d))),
      fc.tuple(finiteDoubles, fc.bigInt(-1n, 1n)).map(([d, k]) => {
        const f = doubleFrac(d);
        return fromFrac(fadd(f, frac(k, 1n << 80n)));
      }),
    );
    fc.assert(
      fc.property(exactNear, finiteDoubles, (e, d) => {
        const c = fcmp(toFrac(e), doubleFrac(d));
        const f = new Flonum(d);
        expect(call("=", e, f)).toBe(c === 0);
        expect(call("<", e, f)).toBe(c < 0);
        expect(call(">", f, e)).toBe(c < 0);
        expect(call("<=", f, e)).toBe(c >= 0);
      }),
      RUNS,
    );
  });

  it("every comparison with +nan.0 is false", () => {
    fc.assert(
      fc.property(fc.oneof(rationals, finiteDoubles.map((d) => new Flonum(d))), (x) => {
        const nan = new Flonum(NaN);
        for (const op of ["=", "<", ">", "<=", ">="]) {
          expect(call(op, x, nan)).toBe(false);
          expect(call(op, nan, x)).toBe(false);
        }
      }),
      RUNS,
    );
  });
});

describe("rounding", () => {
  it("round is banker's rounding on exact rationals", () => {
    fc.assert(
      fc.property(bigints, fc.oneof(fc.constant(2n), positives), (n, d) => {
        const x = makeRational(n, d);
        const q = floorDiv(n, d);
        const twice = 2n * (n - q * d);
        const want = twice < d ? q : twice > d ? q + 1n : q % 2n === 0n ? q : q + 1n;
        expect(toFrac(call("round", x))).toEqual({ n: want, d: 1n });
        expect(toFrac(call("floor", x))).toEqual({ n: q, d: 1n });
        expect(toFrac(call("ceiling", x))).toEqual({ n: n % d === 0n ? q : q + 1n, d: 1n });
        expect(toFrac(call("truncate", x))).toEqual({ n: n / d, d: 1n });
      }),
      RUNS,
    );
  });

  it("round is banker's rounding on flonums, keeping the sign of zero", () => {
    const halves = fc.integer({ min: -2000, max: 2000 }).map((k) => k / 2);
    fc.assert(
      fc.property(fc.oneof(finiteDoubles, halves), (d) => {
        const f = doubleFrac(d);
        const q = floorDiv(f.n, f.d);
        const twice = 2n * (f.n - q * f.d);
        const want = twice < f.d ? q : twice > f.d ? q + 1n : q % 2n === 0n ? q : q + 1n;
        const got = call("round", new Flonum(d)) as Flonum;
        expect(doubleFrac(got.value)).toEqual(frac(want, 1n));
        if (got.value === 0) expect(Object.is(got.value, -0)).toBe(d < 0 || Object.is(d, -0));
        expect(call("exact-round", new Flonum(d))).toEqual(integerFromBigInt(want));
      }),
      RUNS,
    );
  });
});

describe("integer division", () => {
  it("quotient, remainder, modulo agree with BigInt and n = q*d + r", () => {
    fc.assert(
      fc.property(integers, integers, (n, d) => {
        const bn = BigInt(n);
        const bd = BigInt(d);
        if (bd === 0n) return;
        const q = call("quotient", n, d);
        const r = call("remainder", n, d);
        const m = call("modulo", n, d);
        for (const v of [q, r, m]) expect(isCanonical(v)).toBe(true);
        expect(BigInt(q as number | bigint)).toBe(bn / bd);
        expect(BigInt(r as number | bigint)).toBe(bn % bd);
        const mm = bn % bd;
        expect(BigInt(m as number | bigint)).toBe(mm !== 0n && mm < 0n !== bd < 0n ? mm + bd : mm);
        expect(values(call("quotient/remainder", n, d))).toEqual([q, r]);
      }),
      RUNS,
    );
  });

  it("integral flonums divide like their exact values", () => {
    const small = fc.integer({ min: -1e6, max: 1e6 });
    fc.assert(
      fc.property(small, small.filter((d) => d !== 0), (n, d) => {
        for (const op of ["quotient", "remainder", "modulo"]) {
          const exact = call(op, n, d) as number;
          const got = call(op, new Flonum(n), new Flonum(d)) as Flonum;
          expect(got).toBeInstanceOf(Flonum);
          expect(got.value === exact).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("gcd and lcm agree with the reference", () => {
    fc.assert(
      fc.property(integers, integers, (a, b) => {
        const ba = BigInt(a);
        const bb = BigInt(b);
        const g = bigGcd(ba, bb);
        expect(BigInt(call("gcd", a, b) as number | bigint)).toBe(g);
        const l = ba === 0n || bb === 0n ? 0n : ((ba < 0n ? -ba : ba) / g) * (bb < 0n ? -bb : bb);
        expect(BigInt(call("lcm", a, b) as number | bigint)).toBe(l);
      }),
      RUNS,
    );
  });
});

describe("bitwise operations", () => {
  it("agree with BigInt's two's complement", () => {
    fc.assert(
      fc.property(integers, integers, fc.integer({ min: -300, max: 300 }), (a, b, s) => {
        const ba = BigInt(a);
        const bb = BigInt(b);
        const check = (got: unknown, want: bigint): void => {
          expect(isCanonical(got)).toBe(true);
          expect(BigInt(got as number | bigint)).toBe(want);
        };
        check(call("bitwise-and", a, b), ba & bb);
        check(call("bitwise-ior", a, b), ba | bb);
        check(call("bitwise-xor", a, b), ba ^ bb);
        check(call("bitwise-not", a), ~ba);
        check(call("arithmetic-shift", a, s), s >= 0 ? ba << BigInt(s) : ba >> BigInt(-s));
      }),
      RUNS,
    );
  });
});

describe("powers and roots", () => {
  it("expt with an exact integer exponent is exact", () => {
    fc.assert(
      fc.property(rationals, fc.integer({ min: -12, max: 12 }), (x, e) => {
        const f = toFrac(x);
        if (f.n === 0n && e < 0) return;
        const want = e >= 0 ? frac(f.n ** BigInt(e), f.d ** BigInt(e)) : frac(f.d ** BigInt(-e), f.n ** BigInt(-e));
        const got = call("expt", x, e);
        expect(isCanonical(got)).toBe(true);
        expect(toFrac(got)).toEqual(want);
      }),
      RUNS,
    );
  });

  it("sqrt of a square rational is exact; integer-sqrt is the floor", () => {
    fc.assert(
      fc.property(rationals, fc.bigInt(0n, 2n ** 150n), (x, n) => {
        expect(call("sqrt", call("*", x, x))).toEqual(call("abs", x));
        const s = BigInt(call("integer-sqrt", integerFromBigInt(n)) as number | bigint);
        expect(s * s <= n && (s + 1n) * (s + 1n) > n).toBe(true);
        expect(values(call("exact-integer-sqrt", integerFromBigInt(n)))).toEqual([
          integerFromBigInt(s),
          integerFromBigInt(n - s * s),
        ]);
      }),
      RUNS,
    );
  });
});

describe("conversions", () => {
  it("number->string and string->number round-trip exact numbers in radix 2, 8, 10, 16", () => {
    fc.assert(
      fc.property(rationals, fc.constantFrom(2, 8, 10, 16), (x, radix) => {
        const s = call("number->string", x, radix);
        expect(call("string->number", s, radix)).toEqual(x);
      }),
      RUNS,
    );
  });

  it("inexact->exact is exact and exact->inexact inverts it", () => {
    fc.assert(
      fc.property(finiteDoubles, (d) => {
        const e = call("inexact->exact", new Flonum(d));
        expect(isCanonical(e)).toBe(true);
        expect(toFrac(e)).toEqual(doubleFrac(d));
        expect(Object.is((call("exact->inexact", e) as Flonum).value, d === 0 ? 0 : d)).toBe(true);
      }),
      RUNS,
    );
  });

  it("flonum results of mixed arithmetic with small exact integers are IEEE's", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }).filter((k) => k !== 0), finiteDoubles, (k, d) => {
        const f = new Flonum(d);
        expect((call("+", k, f) as Flonum).value).toBe(k + d);
        expect((call("-", f, k) as Flonum).value).toBe(d - k);
        expect((call("*", k, f) as Flonum).value).toBe(k * d);
        expect((call("/", f, k) as Flonum).value).toBe(d / k);
      }),
      RUNS,
    );
  });
});

describe("random", () => {
  it("(random k) is an integer in [0, k) and (random lo hi) one in [lo, hi)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4294967087 }), fc.bigInt(-(2n ** 70n), 2n ** 70n), (k, lo) => {
        const r = call("random", k) as number;
        expect(Number.isInteger(r) && r >= 0 && r < k).toBe(true);
        const lo2 = integerFromBigInt(lo);
        const hi2 = integerFromBigInt(lo + BigInt(k));
        const v = BigInt(call("random", lo2, hi2) as number | bigint);
        expect(v >= lo && v < lo + BigInt(k)).toBe(true);
        const u = (call("random") as Flonum).value;
        expect(u > 0 && u < 1).toBe(true);
      }),
      RUNS,
    );
  });
});
