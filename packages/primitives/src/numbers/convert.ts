// number->string and string->number, with Racket's argument contracts.

import { Flonum, isSchemeString, numberToString, parseNumber, stringValue, type SchemeNumber } from "@rlms/reader";
import { Exn, contractViolation, errorValue } from "@rlms/evaluator";
import { checkNumber } from "./checks.js";

/** `(number->string n [radix])`: radix 2, 8, 10 or 16; flonums only in radix 10. */
export function numberToStringChecked(n: unknown, radix: unknown = 10): string {
  const who = "number->string";
  if (radix !== 2 && radix !== 8 && radix !== 10 && radix !== 16) {
    checkNumber(who, n);
    throw contractViolation(who, "(or/c 2 8 10 16)", radix);
  }
  const x: SchemeNumber = checkNumber(who, n);
  if (x instanceof Flonum && radix !== 10) {
    throw new Exn(
      "exn:fail:contract",
      `${who}: inexact numbers can only be printed in base 10\n  number: ${errorValue(x)}\n  requested base: ${radix}`,
    );
  }
  return numberToString(x, radix);
}

/**
 * `(string->number s [radix])`: the number `s` denotes, or #f. Racket's optional convert-mode,
 * decimal-mode and single-mode arguments are not supported. Complex-number syntax gives #f.
 */
export function stringToNumberChecked(s: unknown, radix: unknown = 10): SchemeNumber | false {
  const who = "string->number";
  if (!isSchemeString(s)) throw contractViolation(who, "string?", s);
  if (typeof radix !== "number" || radix < 2 || radix > 16) {
    throw contractViolation(who, "(integer-in 2 16)", radix);
  }
  const r = parseNumber(stringValue(s), radix);
  return r.kind === "number" ? r.value : false;
}
