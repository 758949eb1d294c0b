// real->decimal-string (racket/format's older cousin, common in model-written code): the exact
// value scaled, rounded half-to-even and printed with a fixed number of decimals, as Racket
// computes it: (round (abs (* (expt 10 d) (inexact->exact n)))).

import { Flonum, Ratnum, doubleToExact, type SchemeNumber } from "@rlms/reader";
import { contractViolation, definePrimitive } from "@rlms/evaluator";

function exactParts(n: SchemeNumber): { num: bigint; den: bigint; negative: boolean } | undefined {
  if (typeof n === "number") return { num: BigInt(Math.abs(n)), den: 1n, negative: n < 0 };
  if (typeof n === "bigint") return { num: n < 0n ? -n : n, den: 1n, negative: n < 0n };
  if (n instanceof Ratnum) return { num: n.num < 0n ? -n.num : n.num, den: n.den, negative: n.num < 0n };
  if (n instanceof Flonum) {
    if (!Number.isFinite(n.value)) return undefined;
    const negative = n.value < 0 || Object.is(n.value, -0);
    const e = doubleToExact(Math.abs(n.value));
    return e instanceof Ratnum ? { num: e.num, den: e.den, negative } : { num: BigInt(e as number | bigint), den: 1n, negative };
  }
  return undefined;
}

export const realToDecimalString = definePrimitive("real->decimal-string", [1, 2], (n: unknown, digits: unknown = 2) => {
  const parts = exactParts(n as SchemeNumber);
  if (parts === undefined) throw contractViolation("real->decimal-string", "rational?", n);
  if (typeof digits !== "number" || digits < 0) throw contractViolation("real->decimal-string", "exact-nonnegative-integer?", digits);
  const scale = 10n ** BigInt(digits);
  const scaled = parts.num * scale;
  let q = scaled / parts.den;
  const r2 = (scaled % parts.den) * 2n;
  // Half to even, as Racket's `round` on exact rationals.
  if (r2 > parts.den || (r2 === parts.den && q % 2n === 1n)) q += 1n;
  const whole = q / scale;
  const frac = (q % scale).toString().padStart(digits, "0");
  return `${parts.negative ? "-" : ""}${whole}.${digits === 0 ? "" : frac}`;
});
