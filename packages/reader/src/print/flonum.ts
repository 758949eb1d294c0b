// Racket's text for a flonum (Racket CS inherits it from Chez Scheme's printer).
//
// Digits. Racket and JS both print the shortest digit string that reads back as the same double
// (JS's toExponential() with no argument gives them), with one difference, measured on Racket 8.7:
// when two shortest candidates are equally close to the double, JS picks the even one and Racket
// the larger one (Chez's Burger & Dybvig generator breaks the tie upwards). So
// 719407002218.78125 prints as 719407002218.7813 in Racket, where JS says 719407002218.7812.
//
// Layout, measured on Racket 8.7 (a grid and 2,000 random doubles, see test/flonum.test.ts): with e
// the decimal exponent of the leading digit and nd the number of significant digits,
//   - positional when -4 <= e <= 13, or when e >= 14 and at most 3 zeros pad the digits out to
//     the decimal point (e + 1 - nd <= 3): `100.0`, `0.0001`, `1234567890123400.0`;
//   - scientific otherwise, laid out like JS's toExponential(): `1e+14`, `1.5e-5`, `-2.5e+300`.
// Positional text always has a "." and a digit after it; integral values get ".0".

/** Racket's `number->string` of a double. */
export function flonumToString(x: number): string {
  const a = x < 0 ? -x : x;
  // Fast path. In [1e-4, 1e14) the shortest digits have -4 <= e <= 13 (a double below 1e-4 cannot
  // have shortest digits >= 1e-4, since "1e-4" itself reads as a double), and String() is
  // positional there with the same digits. A tie needs at least 15 significant digits (see
  // roundTieUp), so a String() of at most 15 characters is already Racket's text, and so is a
  // longer one whose value is not exactly halfway between two candidates of its length.
  if (a >= 1e-4 && a < 1e14) {
    const s = String(x);
    const dot = s.indexOf(".");
    if (dot < 0) return s + ".0"; // an integer below 1e14: its digits are exact, no tie
    if (s.length <= 15) return s;
    // A tie means a·2^(1-k) is an odd integer, k being the exponent of the last digit (roundTieUp).
    const y = a * 2 ** (s.length - dot);
    if (!Number.isInteger(y) || y % 2 !== 1) return s;
  } else if (a === 0) {
    return Object.is(x, -0) ? "-0.0" : "0.0";
  } else if (a === Infinity) {
    return x > 0 ? "+inf.0" : "-inf.0";
  } else if (x !== x) {
    return "+nan.0";
  }
  return layout(x < 0, a);
}

/**
 * The general rule for a finite, non-zero double, given as a sign and a magnitude. Exported for
 * the tests, which check it against Racket on values the fast path would otherwise take.
 */
export function layout(negative: boolean, a: number): string {
  const sci = a.toExponential();
  const ePos = sci.indexOf("e");
  const e = Number(sci.slice(ePos + 1));
  let digits = ePos > 1 ? sci[0] + sci.slice(2, ePos) : sci.slice(0, ePos);
  if (digits.length >= 15) digits = roundTieUp(a, digits, e);
  const nd = digits.length;
  const sign = negative ? "-" : "";
  if (e >= -4 && (e <= 13 || e + 1 - nd <= 3)) {
    if (e < 0) return sign + "0." + "0".repeat(-e - 1) + digits;
    if (nd <= e + 1) return sign + digits + "0".repeat(e + 1 - nd) + ".0";
    return sign + digits.slice(0, e + 1) + "." + digits.slice(e + 1);
  }
  const mantissa = nd > 1 ? digits[0] + "." + digits.slice(1) : digits;
  return sign + mantissa + (e < 0 ? "e" : "e+") + e;
}

/**
 * JS's shortest digits, with a tie between two shortest candidates broken upwards as Racket does.
 *
 * A tie means a = (D + 1/2)·10^k exactly, where D is JS's (even) choice and k the exponent of its
 * last digit; then 2a = (2D+1)·10^k with 2D+1 odd, so a·2^(1-k) must be an odd integer y and
 * y·5^-k (or y / 5^k) must equal 2D+1. Since a has a 53-bit significand, 2D+1 > 2^52·2 and so D
 * has at least 15 digits: shorter outputs never tie.
 */
function roundTieUp(a: number, digits: string, e: number): string {
  const last = digits.charCodeAt(digits.length - 1) - 48;
  if ((last & 1) !== 0) return digits; // JS picks the even candidate of a tie
  const k = e - digits.length + 1;
  const y = a * 2 ** (1 - k); // exact: a power-of-two scaling that stays in range for every finite a
  if (!Number.isInteger(y) || y % 2 !== 1) return digits;
  const twoDPlusOne = 2n * BigInt(digits) + 1n;
  const tie = k < 0 ? BigInt(y) * 5n ** BigInt(-k) === twoDPlusOne : BigInt(y) === twoDPlusOne * 5n ** BigInt(k);
  // D's last digit is even, so D+1 never carries.
  return tie ? digits.slice(0, -1) + String(last + 1) : digits;
}
