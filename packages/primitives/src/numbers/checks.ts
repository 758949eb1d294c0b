// Argument checks with Racket's contract names, and the errors the numeric primitives raise.

import { Flonum, Ratnum, isSchemeNumber, type ExactInteger, type SchemeNumber } from "@rlms/reader";
import { Exn, contractViolation, errorValue } from "@rlms/evaluator";

export function checkNumber(who: string, x: unknown): SchemeNumber {
  if (typeof x === "number" || x instanceof Flonum || typeof x === "bigint" || x instanceof Ratnum) return x;
  throw contractViolation(who, "number?", x);
}

/** Every number here is real (no complex numbers), so `real?` and `number?` accept the same values. */
export function checkReal(who: string, x: unknown): SchemeNumber {
  if (isSchemeNumber(x)) return x;
  throw contractViolation(who, "real?", x);
}

/** `integer?`: exact integers and integral flonums. */
export function checkInteger(who: string, x: unknown): ExactInteger | Flonum {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (x instanceof Flonum && Number.isInteger(x.value)) return x;
  throw contractViolation(who, "integer?", x);
}

export function checkExactInteger(who: string, x: unknown): ExactInteger {
  if (typeof x === "number" || typeof x === "bigint") return x;
  throw contractViolation(who, "exact-integer?", x);
}

/** `rational?`: exact numbers and finite flonums. */
export function checkRational(who: string, x: unknown, expected = "rational?"): SchemeNumber {
  if (typeof x === "number" || typeof x === "bigint" || x instanceof Ratnum) return x;
  if (x instanceof Flonum && Number.isFinite(x.value)) return x;
  throw contractViolation(who, expected, x);
}

/**
 * Racket answers with a complex number here (`(sqrt -4)` is `+2i`); rlms has no complex numbers,
 * so it refuses instead of returning something wrong.
 */
export function complexResult(who: string, ...args: unknown[]): Exn {
  const given = args.map(errorValue).join(" and ");
  return new Exn("exn:fail:unsupported", `${who}: complex results are not supported; given: ${given}`);
}

/** Chez's domain error for a zero divisor that is not the exact 0 (`(quotient 1 0.0)`). */
export function undefinedFor(who: string, x: unknown): Exn {
  return new Exn("exn:fail:contract:divide-by-zero", `${who}: undefined for ${errorValue(x)}`);
}

/** `(expt 0 -1)`: expt: undefined for values 0 and -1. */
export function undefinedForValues(who: string, x: unknown, y: unknown): Exn {
  return new Exn("exn:fail:contract:divide-by-zero", `${who}: undefined for values ${errorValue(x)} and ${errorValue(y)}`);
}

/** A result too large to build (Racket: exn:fail:out-of-memory, after trying). */
export function outOfMemory(who: string): Exn {
  return new Exn("exn:fail:resource", `${who}: out of memory`);
}

const ORDINALS = ["1st", "2nd", "3rd"];

/** raise-argument-error's layout for a procedure with several arguments. */
export function argumentError(who: string, expected: string, args: readonly unknown[], index: number): Exn {
  const others = args
    .filter((_, i) => i !== index)
    .map((v) => `\n   ${errorValue(v)}`)
    .join("");
  const position = ORDINALS[index] ?? `${index + 1}th`;
  return new Exn(
    "exn:fail:contract",
    `${who}: contract violation\n  expected: ${expected}\n  given: ${errorValue(args[index])}\n  argument position: ${position}\n  other arguments...:${others}`,
  );
}
