// `number->string` for every representation of the numeric tower (see datum/number.ts).

import { Flonum, type SchemeNumber } from "../datum/number.js";
import { flonumToString } from "./flonum.js";

/**
 * Racket's text for a number in the given radix: exact integers and rationals in lowercase digits
 * (`ff`, `-7/2`, `1/11` in radix 2), flonums as in flonum.ts. Racket's `number->string` accepts only
 * radixes 2, 8, 10 and 16 (its caller should check that contract); any radix 2..36 works here.
 * Like Racket, a flonum can only be printed in radix 10; any other radix throws a RangeError with
 * Racket's message.
 */
export function numberToString(n: SchemeNumber, radix = 10): string {
  if (typeof n === "number") return radix === 10 ? String(n) : n.toString(radix);
  if (typeof n === "bigint") return n.toString(radix);
  if (n instanceof Flonum) {
    if (radix !== 10) {
      throw new RangeError(
        `number->string: inexact numbers can only be printed in base 10\n  number: ${flonumToString(n.value)}\n  requested base: ${radix}`,
      );
    }
    return flonumToString(n.value);
  }
  return n.num.toString(radix) + "/" + n.den.toString(radix);
}
