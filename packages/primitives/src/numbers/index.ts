// The numeric primitives under their Racket names (racket/base and racket/math), with Racket's
// arities and contract checks. Variadic primitives read `arguments` so that the common
// two-argument call allocates nothing; their arity is checked by the caller.
//
// Argument-check order follows Racket CS, which reports the first bad argument it examines:
// left to right, except that `/`, `>` and `>=` (and quotient/remainder) look at the second
// operand of a pair first: `(/ 'a 'b)` and `(> 'a 'b)` complain about 'b.

import { realToDecimalString } from "./decimal-string.js";
import { Flonum, VOID, integerFromBigInt, type ExactInteger, type SchemeNumber } from "@rlms/reader";
import { Exn, contractViolation, definePrimitive, type Primitive } from "@rlms/evaluator";
import { add, div, mul, negate, reciprocal, sub } from "./arith.js";
import { bitwiseAnd, bitwiseIor, bitwiseNot, bitwiseXor, arithmeticShift, integerLengthOf } from "./bitwise.js";
import {
  argumentError,
  checkExactInteger,
  checkNumber,
  checkRational,
  checkReal,
} from "./checks.js";
import { ge, gt, le, lt, max2, min2, numEq } from "./compare.js";
import { numberToStringChecked, stringToNumberChecked } from "./convert.js";
import { expt } from "./expt.js";
import {
  abs,
  exactIntegerSqrt,
  gcd,
  integerSqrt,
  integerSqrtRemainder,
  isEven,
  lcm,
  modulo,
  quotient,
  quotientRemainder,
  remainder,
} from "./integer.js";
import {
  integerSign,
  isByte,
  isExact,
  isExactInteger,
  isExactNonnegativeInteger,
  isExactPositiveInteger,
  isFixnum,
  isFlonum,
  isInexact,
  isInfinite,
  isInteger,
  isNan,
  isNegativeReal,
  isNumber,
  isPositive,
  isRational,
  isZero,
} from "./predicates.js";
import { RANDOM_LIMIT, defaultGenerator } from "./random.js";
import { rationalize } from "./rationalize.js";
import { ceiling, denominator, floor, numerator, round, toExactNumber, toInexact, truncate } from "./rounding.js";
import { acos, asin, atan, atan2, cos, exp, log, sin, sqrt, tan } from "./transcendental.js";
import { exactCompare, exactSign } from "./tower.js";

export { add, sub, mul, div, negate, reciprocal } from "./arith.js";
export { compare, numEq, lt, gt, le, ge, max2, min2 } from "./compare.js";
export { quotient, remainder, modulo, gcd2, lcm2, abs } from "./integer.js";
export { expt, flExpt } from "./expt.js";
export { exp, log, sin, cos, tan, asin, acos, atan, atan2, sqrt } from "./transcendental.js";
export { floor, ceiling, truncate, round, roundHalfEven, numerator, denominator, toInexact, toExactNumber } from "./rounding.js";
export { bitwiseAnd, bitwiseIor, bitwiseXor, bitwiseNot, arithmeticShift } from "./bitwise.js";
export { numberToStringChecked, stringToNumberChecked } from "./convert.js";
export { PseudoRandomGenerator, defaultGenerator } from "./random.js";

type Args = ArrayLike<unknown>;
type NumOp = (a: SchemeNumber, b: SchemeNumber) => SchemeNumber;
type Check = (who: string, x: unknown) => SchemeNumber;

function fold(who: string, args: Args, op: NumOp, check: Check): SchemeNumber {
  let acc = check(who, args[0]);
  for (let i = 1; i < args.length; i++) acc = op(acc, check(who, args[i]));
  return acc;
}

/**
 * A comparison chain. Every argument is checked even once the answer is known (`(< 2 1 "a")`
 * raises), and `secondFirst` checks the second argument before the first, as Racket's > and >= do.
 */
function chain(who: string, args: Args, op: (a: SchemeNumber, b: SchemeNumber) => boolean, check: Check, secondFirst: boolean): boolean {
  let prev: SchemeNumber;
  let result = true;
  let i = 1;
  if (secondFirst && args.length >= 2) {
    const second = check(who, args[1]);
    result = op(check(who, args[0]), second);
    prev = second;
    i = 2;
  } else {
    prev = check(who, args[0]);
  }
  for (; i < args.length; i++) {
    const x = check(who, args[i]);
    if (result && !op(prev, x)) result = false;
    prev = x;
  }
  return result;
}

const plus = definePrimitive("+", [0, Infinity], function (a?: unknown, b?: unknown): SchemeNumber {
  const args: Args = arguments;
  if (args.length === 2) {
    if (typeof a === "number" && typeof b === "number") {
      const r = a + b;
      if (Number.isSafeInteger(r)) return r;
    }
    return add(checkNumber("+", a), checkNumber("+", b));
  }
  if (args.length === 0) return 0;
  return fold("+", args, add, checkNumber);
});

const minus = definePrimitive("-", [1, Infinity], function (a?: unknown, b?: unknown): SchemeNumber {
  const args: Args = arguments;
  if (args.length === 2) {
    if (typeof a === "number" && typeof b === "number") {
      const r = a - b;
      if (Number.isSafeInteger(r)) return r;
    }
    return sub(checkNumber("-", a), checkNumber("-", b));
  }
  if (args.length === 1) return negate(checkNumber("-", a));
  return fold("-", args, sub, checkNumber);
});

const times = definePrimitive("*", [0, Infinity], function (a?: unknown, b?: unknown): SchemeNumber {
  const args: Args = arguments;
  if (args.length === 2) {
    if (typeof a === "number" && typeof b === "number") {
      const r = a * b;
      if (Math.abs(r) <= Number.MAX_SAFE_INTEGER) return r + 0;
    }
    return mul(checkNumber("*", a), checkNumber("*", b));
  }
  if (args.length === 0) return 1;
  return fold("*", args, mul, checkNumber);
});

const divide = definePrimitive("/", [1, Infinity], function (a?: unknown, b?: unknown): SchemeNumber {
  const args: Args = arguments;
  if (args.length === 1) return reciprocal(checkNumber("/", a));
  const y = checkNumber("/", b);
  let acc = div(checkNumber("/", a), y);
  for (let i = 2; i < args.length; i++) acc = div(acc, checkNumber("/", args[i]));
  return acc;
});

// The comparisons are written out one by one rather than made by a shared factory, so that each
// fast path is its own monomorphic code.

const numEqual = definePrimitive("=", [1, Infinity], function (a?: unknown, b?: unknown): boolean {
  const args: Args = arguments;
  if (args.length !== 2) return chain("=", args, numEq, checkNumber, false);
  if (typeof a === "number" && typeof b === "number") return a === b;
  return numEq(checkNumber("=", a), checkNumber("=", b));
});

const less = definePrimitive("<", [1, Infinity], function (a?: unknown, b?: unknown): boolean {
  const args: Args = arguments;
  if (args.length !== 2) return chain("<", args, lt, checkReal, false);
  if (typeof a === "number" && typeof b === "number") return a < b;
  return lt(checkReal("<", a), checkReal("<", b));
});

const lessEqual = definePrimitive("<=", [1, Infinity], function (a?: unknown, b?: unknown): boolean {
  const args: Args = arguments;
  if (args.length !== 2) return chain("<=", args, le, checkReal, false);
  if (typeof a === "number" && typeof b === "number") return a <= b;
  return le(checkReal("<=", a), checkReal("<=", b));
});

const greater = definePrimitive(">", [1, Infinity], function (a?: unknown, b?: unknown): boolean {
  const args: Args = arguments;
  if (args.length !== 2) return chain(">", args, gt, checkReal, true);
  if (typeof a === "number" && typeof b === "number") return a > b;
  const y = checkReal(">", b);
  return gt(checkReal(">", a), y);
});

const greaterEqual = definePrimitive(">=", [1, Infinity], function (a?: unknown, b?: unknown): boolean {
  const args: Args = arguments;
  if (args.length !== 2) return chain(">=", args, ge, checkReal, true);
  if (typeof a === "number" && typeof b === "number") return a >= b;
  const y = checkReal(">=", b);
  return ge(checkReal(">=", a), y);
});

function minMax(who: string, op: NumOp): Primitive {
  return definePrimitive(who, [1, Infinity], function (): SchemeNumber {
    return fold(who, arguments, op, checkReal);
  });
}

function unaryNumber(who: string, f: (x: SchemeNumber) => unknown): Primitive {
  return definePrimitive(who, 1, (x: unknown) => f(checkNumber(who, x)));
}

function unaryReal(who: string, f: (x: SchemeNumber) => unknown): Primitive {
  return definePrimitive(who, 1, (x: unknown) => f(checkReal(who, x)));
}

function predicate(who: string, f: (x: unknown) => boolean): Primitive {
  return definePrimitive(who, 1, f);
}

function bitwiseFold(who: string, op: (a: ExactInteger, b: ExactInteger) => ExactInteger, identity: ExactInteger): Primitive {
  return definePrimitive(who, [0, Infinity], function (a?: unknown, b?: unknown): ExactInteger {
    const args: Args = arguments;
    if (args.length === 2) return op(checkExactInteger(who, a), checkExactInteger(who, b));
    if (args.length === 0) return identity;
    let acc = checkExactInteger(who, args[0]);
    for (let i = 1; i < args.length; i++) acc = op(acc, checkExactInteger(who, args[i]));
    return acc;
  });
}

/** racket/math's exact-round and friends: a rational rounded, then made exact. */
function exactRounding(who: string, f: (x: SchemeNumber) => SchemeNumber): Primitive {
  return definePrimitive(who, 1, (x: unknown) => toExactNumber(f(checkRational(who, x))));
}

/** racket/math's `sgn`, which keeps the exactness and the zero's sign: (sgn -0.0) is -0.0. */
function sgn(x: SchemeNumber): SchemeNumber {
  if (x instanceof Flonum) {
    const v = x.value;
    return v > 0 ? new Flonum(1) : v < 0 ? new Flonum(-1) : x;
  }
  return exactSign(x);
}

/** `(random)`, `(random k)`, `(random min max)` with Racket's contracts. */
function random(...args: unknown[]): SchemeNumber {
  const who = "random";
  if (args.length === 0) return new Flonum(defaultGenerator.real());
  if (args.length === 1) {
    const k = args[0];
    if (typeof k === "number" && k >= 1 && k <= RANDOM_LIMIT) return defaultGenerator.integer(k);
    throw contractViolation(who, `(or/c (integer-in 1 ${RANDOM_LIMIT}) pseudo-random-generator?)`, k);
  }
  const [lo, hi] = args;
  if (typeof lo !== "number" && typeof lo !== "bigint") throw argumentError(who, "exact-integer?", args, 0);
  if (typeof hi !== "number" && typeof hi !== "bigint") {
    throw argumentError(who, "(or/c exact-integer? pseudo-random-generator?)", args, 1);
  }
  if (exactCompare(hi, lo) <= 0) throw argumentError(who, `(>/c ${numberToStringChecked(lo)})`, args, 1);
  const range = BigInt(hi) - BigInt(lo);
  if (range > BigInt(RANDOM_LIMIT)) {
    throw new Exn(
      "exn:fail:contract",
      `${who}: difference between arguments is greater than ${RANDOM_LIMIT}\n  min: ${numberToStringChecked(lo)}\n  max: ${numberToStringChecked(hi)}`,
    );
  }
  const r = defaultGenerator.integer(Number(range));
  return typeof lo === "number" && Number.isSafeInteger(lo + r) ? lo + r : integerFromBigInt(BigInt(lo) + BigInt(r));
}

function randomSeed(k: unknown): typeof VOID {
  if (typeof k === "number" && k >= 0 && k <= 2 ** 31 - 1) {
    defaultGenerator.seed(k);
    return VOID;
  }
  throw contractViolation("random-seed", "(integer-in 0 (sub1 (expt 2 31)))", k);
}

export const numberPrimitives: Primitive[] = [
  realToDecimalString,
  plus,
  minus,
  times,
  divide,
  numEqual,
  less,
  greater,
  lessEqual,
  greaterEqual,
  minMax("max", max2),
  minMax("min", min2),
  definePrimitive("gcd", [0, Infinity], function (): SchemeNumber {
    return gcd("gcd", arguments);
  }),
  definePrimitive("lcm", [0, Infinity], function (): SchemeNumber {
    return lcm("lcm", arguments);
  }),
  definePrimitive("quotient", 2, quotient),
  definePrimitive("remainder", 2, remainder),
  definePrimitive("modulo", 2, modulo),
  definePrimitive("quotient/remainder", 2, quotientRemainder).returnsMultipleValues(),
  unaryReal("abs", abs),
  definePrimitive("expt", 2, (x: unknown, y: unknown) => {
    const e = checkNumber("expt", y);
    return expt(checkNumber("expt", x), e);
  }),
  unaryNumber("exp", exp),
  definePrimitive("log", [1, 2], function (x: unknown, base?: unknown): SchemeNumber {
    if (arguments.length === 1) return log(checkNumber("log", x));
    // (/ (log x) (log base)), with the base's logarithm computed (and checked) first.
    const lb = log(checkNumber("log", base));
    return div(log(checkNumber("log", x)), lb);
  }),
  unaryNumber("sin", sin),
  unaryNumber("cos", cos),
  unaryNumber("tan", tan),
  unaryNumber("asin", asin),
  unaryNumber("acos", acos),
  definePrimitive("atan", [1, 2], function (y: unknown, x?: unknown): SchemeNumber {
    if (arguments.length === 1) return atan(checkNumber("atan", y));
    const yy = checkReal("atan", y);
    return atan2(yy, checkReal("atan", x));
  }),
  unaryNumber("sqrt", (x) => sqrt(x)),
  definePrimitive("integer-sqrt", 1, (x: unknown) => integerSqrt("integer-sqrt", x)),
  definePrimitive("integer-sqrt/remainder", 1, (x: unknown) => integerSqrtRemainder("integer-sqrt/remainder", x)).returnsMultipleValues(),
  definePrimitive("exact-integer-sqrt", 1, exactIntegerSqrt).returnsMultipleValues(),
  definePrimitive("number->string", [1, 2], numberToStringChecked),
  definePrimitive("string->number", [1, 2], stringToNumberChecked),
  exactRounding("exact-round", round),
  exactRounding("exact-floor", floor),
  exactRounding("exact-ceiling", ceiling),
  exactRounding("exact-truncate", truncate),
  unaryReal("floor", floor),
  unaryReal("ceiling", ceiling),
  unaryReal("round", round),
  unaryReal("truncate", truncate),
  definePrimitive("numerator", 1, (x: unknown) => numerator(checkRational("numerator", x, "rational-number?"))),
  definePrimitive("denominator", 1, (x: unknown) => denominator(checkRational("denominator", x, "rational-number?"))),
  definePrimitive("rationalize", 2, (x: unknown, tolerance: unknown) => rationalize(checkReal("rationalize", x), checkReal("rationalize", tolerance))),
  unaryNumber("exact->inexact", toInexact),
  definePrimitive("inexact", 1, (x: unknown) => toInexact(checkNumber("exact->inexact", x))),
  definePrimitive("inexact->exact", 1, (x: unknown) => toExactNumber(checkNumber("inexact->exact", x))),
  definePrimitive("exact", 1, (x: unknown) => toExactNumber(checkNumber("inexact->exact", x))),
  definePrimitive("add1", 1, (x: unknown) => {
    if (typeof x === "number" && x < Number.MAX_SAFE_INTEGER) return x + 1;
    return add(checkNumber("add1", x), 1);
  }),
  definePrimitive("sub1", 1, (x: unknown) => {
    if (typeof x === "number" && x > -Number.MAX_SAFE_INTEGER) return x - 1;
    return sub(checkNumber("sub1", x), 1);
  }),
  unaryNumber("sqr", (x) => mul(x, x)),
  unaryReal("sgn", sgn),
  unaryNumber("conjugate", (x) => x),
  predicate("number?", isNumber),
  predicate("complex?", isNumber),
  predicate("real?", isNumber),
  predicate("rational?", isRational),
  predicate("integer?", isInteger),
  predicate("exact-integer?", isExactInteger),
  predicate("exact-nonnegative-integer?", isExactNonnegativeInteger),
  predicate("exact-positive-integer?", isExactPositiveInteger),
  predicate("natural?", isExactNonnegativeInteger),
  predicate("fixnum?", isFixnum),
  predicate("flonum?", isFlonum),
  predicate("double-flonum?", isFlonum),
  predicate("single-flonum?", () => false),
  predicate("inexact-real?", isFlonum),
  predicate("byte?", isByte),
  predicate("positive-integer?", (x) => (integerSign(x) ?? 0) > 0),
  predicate("negative-integer?", (x) => (integerSign(x) ?? 0) < 0),
  predicate("nonpositive-integer?", (x) => (integerSign(x) ?? 1) <= 0),
  predicate("nonnegative-integer?", (x) => (integerSign(x) ?? -1) >= 0),
  predicate("zero?", isZero),
  predicate("positive?", isPositive),
  predicate("negative?", isNegativeReal),
  predicate("even?", (x) => isEven("even?", x)),
  predicate("odd?", (x) => !isEven("odd?", x)),
  predicate("exact?", isExact),
  predicate("inexact?", isInexact),
  predicate("nan?", isNan),
  predicate("infinite?", isInfinite),
  bitwiseFold("bitwise-and", bitwiseAnd, -1),
  bitwiseFold("bitwise-ior", bitwiseIor, 0),
  bitwiseFold("bitwise-xor", bitwiseXor, 0),
  definePrimitive("bitwise-not", 1, (x: unknown) => bitwiseNot(checkExactInteger("bitwise-not", x))),
  definePrimitive("arithmetic-shift", 2, (n: unknown, s: unknown) => {
    const who = "arithmetic-shift";
    const nn = checkExactInteger(who, n);
    return arithmeticShift(nn, checkExactInteger(who, s));
  }),
  definePrimitive("integer-length", 1, (x: unknown) => integerLengthOf(checkExactInteger("integer-length", x))),
  definePrimitive("random", [0, 2], random),
  definePrimitive("random-seed", 1, randomSeed),
];

/** Numeric constants bound as variables (racket/math's `pi`). */
export const numberConstants: ReadonlyArray<readonly [string, SchemeNumber]> = [["pi", new Flonum(Math.PI)]];
