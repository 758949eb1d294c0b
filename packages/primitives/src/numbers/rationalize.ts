// `rationalize`: the simplest rational within `tolerance` of `x` (Alan Bawden's algorithm, as
// Chez Scheme computes it). The search runs in the arguments' own arithmetic, so an inexact
// argument gives an inexact answer found with flonum steps: `(rationalize .3 1/10)` is
// 0.3333333333333333 and `(rationalize 3.14159 .001)` is 3.140625, as in Racket.

import { Flonum, type SchemeNumber } from "@rlms/reader";
import { add, negate, reciprocal, sub } from "./arith.js";
import { ge, le, lt, numEq } from "./compare.js";
import { abs } from "./integer.js";
import { isExact, isPositive } from "./predicates.js";
import { floor } from "./rounding.js";

/** The simplest rational in [lo, hi], given 0 < lo < hi. */
function simplestPositive(lo: SchemeNumber, hi: SchemeNumber): SchemeNumber {
  const fl = floor(lo);
  if (numEq(fl, lo)) return fl;
  const fh = floor(hi);
  if (lt(fl, fh)) return add(fl, 1);
  return add(fl, reciprocal(simplestPositive(reciprocal(sub(hi, fh)), reciprocal(sub(lo, fl)))));
}

/**
 * The simplest rational in [lo, hi]: zero when the interval holds it (exact only when both ends
 * are, so `(rationalize -0.0 0)` is 0.0), else `lo` itself when the interval is a point or NaN.
 */
function simplestBetween(lo: SchemeNumber, hi: SchemeNumber): SchemeNumber {
  if (le(lo, 0) && ge(hi, 0)) return isExact(lo) && isExact(hi) ? 0 : new Flonum(0);
  if (!lt(lo, hi)) return lo;
  if (isPositive(lo)) return simplestPositive(lo, hi);
  return negate(simplestPositive(negate(hi), negate(lo)));
}

export function rationalize(x: SchemeNumber, tolerance: SchemeNumber): SchemeNumber {
  const t = abs(tolerance);
  return simplestBetween(sub(x, t), add(x, t));
}
