// Racket's number syntax, for the reader and for `string->number`.
//
// The grammar is Racket 8.7's (racket/src/expander/read/number.rkt), ported state for state so
// that the same texts are numbers, symbols or errors, with the same messages (except where we
// refuse what Racket reads: complex numbers, extflonums, exact numbers with absurd exponents;
// those get messages of our own). It runs in Racket's 'read mode, which is what `read` uses:
//   - a text that is not a number is a symbol (`not-a-number`): `1+`, `1a`, `1/2/3`, `1e`;
//   - once a `#e`/`#i`/`#x`/`#b`/`#o`/`#d` prefix commits the text to being a number, every
//     failure is an error (`#b102` -> "bad digit `2`");
//   - division by zero is an error even without a prefix (`1/0`).
// Plain `string->number` answers #f in all three cases, so it maps `error` to #f as well.
// Two differences belong to the reader, not to this module: `(read)` rejects a lone `.`
// ("illegal use of `.`"; here "." is not-a-number), and it reports `#` followed by something
// other than a number prefix with its own message ("bad syntax `#q`").
//
// Quirks worth knowing (all checked against Racket 8.7 CS):
//   - exponent markers are e, d, l (double), f, s ("single", which Racket CS reads as a double);
//     t makes an extflonum, which Racket CS cannot compute with: we report an error.
//   - in radix 16, e/d/f are digits, so only s, l, t can mark an exponent (`#x1s3` = 4096.0).
//   - `#` digit placeholders are still accepted: `1#.#` = 10.0, `1/2#` = 0.05, `1/0#` = +inf.0.
//   - the exponent scales a whole fraction: `1/2e3` = 500.0; `1.5/2` and `1e3/2` are symbols.
//   - `+inf.0`/`+nan.0` are case-insensitive and also come as `.f` (and `.t`, an extflonum);
//     `-nan.0` is +nan.0. `#e+inf.0` is an error.
//   - complex syntax whose value is real reads as that real: `1+0i` is 1, `1@0` is 1,
//     `0@1.0` is 0, but `1+0.0i` is complex. We report only genuinely complex values as errors.

import {
  Flonum,
  bitLength,
  doubleToExact,
  exactToDouble,
  integerFromBigInt,
  makeRational,
  ratioToDouble,
  type SchemeNumber,
} from "../datum/number.js";

export type NumberParse =
  | { kind: "number"; value: SchemeNumber }
  | { kind: "not-a-number" }
  | { kind: "error"; message: string };

const NOT_A_NUMBER: NumberParse = Object.freeze({ kind: "not-a-number" });

/**
 * Parses `text` as a Racket number in 'read mode. `radix` (2..16) is the default radix, which a
 * `#x`-style prefix in the text overrides; the reader always uses 10.
 */
export function parseNumber(text: string, radix = 10): NumberParse {
  if (radix === 10) {
    // Fast paths. Racket decides on the first character: a number starts with a digit, `+`, `-`,
    // `.` or `#`; anything else (`define`, `list->vector`, `x`) is a symbol.
    const len = text.length;
    if (len === 0) return NOT_A_NUMBER;
    let c = text.charCodeAt(0);
    let i = 0;
    if (c === PLUS || c === MINUS) {
      if (len === 1) return NOT_A_NUMBER;
      c = text.charCodeAt(1);
      i = 1;
      // After a sign only a digit, `.`, `i` (`+i`, `+inf.0`) or `n` (`+nan.0`) can continue a
      // number, so `->`, `-x`, `--1` and `+a` are symbols right away.
      if (!isDecimalDigit(c) && c !== DOT && (c | 0x20) !== LOWER_I && (c | 0x20) !== LOWER_N) {
        return NOT_A_NUMBER;
      }
    }
    if (isDecimalDigit(c)) {
      let n = c - ZERO;
      let j = i + 1;
      for (; j < len; j++) {
        const d = text.charCodeAt(j) - ZERO;
        if (d < 0 || d > 9) break;
        n = n * 10 + d;
      }
      if (j === len) {
        // Up to 15 digits always fit a safe integer; longer runs go through BigInt, which
        // accepts the leading sign. `0 - n` rather than `-n` so that "-0" is 0, not -0.
        if (len - i <= 15) return { kind: "number", value: text.charCodeAt(0) === MINUS ? 0 - n : n };
        return { kind: "number", value: integerFromBigInt(BigInt(text)) };
      }
      const flo = plainDecimal(text, j, false);
      if (flo !== undefined) return flo;
    } else if (c === DOT) {
      if (i + 1 >= len || !isDecimalDigit(text.charCodeAt(i + 1))) return NOT_A_NUMBER; // ".", "...", ".e1"
      const flo = plainDecimal(text, i + 2, true);
      if (flo !== undefined) return flo;
    } else if (c !== HASH && i === 0) {
      return NOT_A_NUMBER;
    }
  } else if (!Number.isInteger(radix) || radix < 2 || radix > 16) {
    throw new RangeError(`radix must be an integer in 2..16, got ${radix}`);
  }
  return new Parser(text, radix).parse();
}

// "1.5", "-.5", "1.", "1e10", "1.5E-3": digits with at most one `.` and an optional `e`
// exponent are read by `Number`, which rounds correctly (as does Racket), maps overflow to
// Infinity and keeps the sign of -0.0. `from` is just past a known digit. Anything else
// (`d`/`f` markers, `#`, `/`, complex parts, symbols like `1a`) takes the general parser.
function plainDecimal(text: string, from: number, sawDot: boolean): NumberParse | undefined {
  const len = text.length;
  let j = from;
  let c = 0;
  for (; j < len; j++) {
    c = text.charCodeAt(j);
    if (isDecimalDigit(c)) continue;
    if (c === DOT && !sawDot) {
      sawDot = true;
      continue;
    }
    break;
  }
  if (j < len) {
    if ((c | 0x20) !== LOWER_E) return undefined;
    j++;
    if (j < len && (text.charCodeAt(j) === PLUS || text.charCodeAt(j) === MINUS)) j++;
    if (j >= len) return undefined;
    for (; j < len; j++) if (!isDecimalDigit(text.charCodeAt(j))) return undefined;
  } else if (!sawDot) {
    return undefined;
  }
  return { kind: "number", value: new Flonum(Number(text)) };
}

const ZERO = 48;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const HASH = 35;
const LOWER_E = 101;
const LOWER_I = 105;
const LOWER_N = 110;

function isDecimalDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// ---------------------------------------------------------------------------------------------
// The general parser: a port of Racket's state machine. Each method is named after the Racket
// function it mirrors and is entered just after the characters that function has consumed.

/** Racket's 'read (a failure means "symbol") and 'must-read (a failure is an error). */
const READ = 0;
const MUST_READ = 1;
type Mode = typeof READ | typeof MUST_READ;

// How the result's exactness is decided; see `setExactness`.
//   decimal-as-inexact  no marker yet: an integer or fraction stays exact
//   approx              saw `.` or `#`: inexact, unless `#e`/`#i` said otherwise
//   double, single      saw an exponent marker (both give doubles on Racket CS)
//   extended            saw a `t` marker: an extflonum
type Exactness =
  | "exact"
  | "inexact"
  | "decimal-as-inexact"
  | "approx"
  | "double"
  | "single"
  | "extended"
  | "extflonum->inexact"
  | "extflonum->exact";

/** The real part (`rect`, before `+`/`-`) or magnitude (`polar`, before `@`) of a complex. */
interface Prefix {
  readonly polar: boolean;
  readonly sgn: number;
  readonly n: Val;
}

interface State {
  readonly exactness: Exactness;
  readonly mode: Mode;
  /** null, "+/-" when the text started with a sign (so `+i` is allowed), or a complex prefix. */
  readonly fst: null | "+/-" | Prefix;
  /** The exactness saved for the other half of a complex number. */
  readonly other: Exactness;
}

/**
 * An exact value not yet computed: `num / den * radix^exp` (den > 0). Keeping the exponent apart
 * lets `1e400` become +inf.0 and `1e-400` 0.0 without building 10^400, as Racket's lazy-expt does.
 */
class Lazy {
  constructor(
    readonly num: bigint,
    readonly den: bigint,
    readonly exp: number,
  ) {}
}

/** A zero denominator: an error when written with digits only (`1/0`, Racket's 'dbz!), an
 * infinity when written with `#` placeholders (`1/0#`, 'dbz). */
class DivisionByZero {
  constructor(readonly hard: boolean) {}
}
const DBZ_HARD = new DivisionByZero(true);
const DBZ_SOFT = new DivisionByZero(false);

/** An intermediate value: exact, an infinity or NaN, or a division by zero. */
type Val = Lazy | number | DivisionByZero;

/** Marks a value Racket reads as an extflonum (`1t3`), which we do not support. */
class Extflonum {
  readonly unsupported = "extflonum";
}
const EXTFLONUM = new Extflonum();
/** Marks a value that is genuinely complex, which we do not support. */
class Complex {
  readonly unsupported = "complex";
}
const COMPLEX = new Complex();

/** A failure: `false` ("not a number", i.e. a symbol) or an error message. */
type Fail = false | string;
/** What a parsing function produces. */
type Out = SchemeNumber | Extflonum | Complex | Fail;

function isFail(x: Val | Out): x is Fail {
  return x === false || typeof x === "string";
}

/** Beyond this exponent (in radix digits) an exact result is refused rather than computed. */
const MAX_EXACT_EXPONENT = 100_000;
/** Racket's cut-off (in radix digits) beyond which an inexact result is just ±inf.0 or ±0.0. */
const INEXACT_PRECISION = 2048;

const ONE = new Lazy(1n, 1n, 0);
const MINUS_ONE = new Lazy(-1n, 1n, 0);

/** Exponent markers: e d l (double), f s ("single": a double on Racket CS), t (extflonum). */
function isExponentMarker(c: string): boolean {
  return c.length === 1 && "eEdDlLfFsStT".includes(c);
}

class Parser {
  private readonly end: number;
  /** The radix in force, set by `top` before any digit is read; `Lazy` exponents are powers of it. */
  private radix: number;

  constructor(private readonly s: string, defaultRadix: number) {
    this.end = s.length;
    this.radix = defaultRadix;
  }

  parse(): NumberParse {
    const out = this.top(0, false, "decimal-as-inexact", READ);
    // After a `#` prefix every failure is already an error message, so `false` means "symbol".
    if (out === false) return NOT_A_NUMBER;
    if (typeof out === "string") return { kind: "error", message: out };
    if (out instanceof Complex) return { kind: "error", message: `complex numbers are not supported: \`${this.s}\`` };
    if (out instanceof Extflonum) return { kind: "error", message: `extflonums are not supported: \`${this.s}\`` };
    return { kind: "number", value: out };
  }

  // --- characters -----------------------------------------------------------------------------

  /** The value of the digit at `i` in the current radix, or -1 (also past the end). */
  private digit(i: number): number {
    if (i >= this.end) return -1;
    const c = this.s.charCodeAt(i);
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 97 && c <= 102) v = c - 87;
    else if (c >= 65 && c <= 70) v = c - 55;
    else return -1;
    return v < this.radix ? v : -1;
  }

  /** The character at `i` (a whole code point, for messages like "bad digit `😀`"), or "" at the end. */
  private ch(i: number): string {
    if (i >= this.end) return "";
    const c = this.s.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdbff ? String.fromCodePoint(this.s.codePointAt(i)!) : this.s[i]!;
  }

  private digitsEnd(i: number): number {
    while (this.digit(i) >= 0) i++;
    return i;
  }

  private digitsValue(from: number, to: number): bigint {
    const t = this.s.slice(from, to);
    switch (this.radix) {
      case 10:
        return BigInt(t);
      case 16:
        return BigInt("0x" + t);
      case 8:
        return BigInt("0o" + t);
      case 2:
        return BigInt("0b" + t);
    }
    let n = 0n;
    const r = BigInt(this.radix);
    for (let i = from; i < to; i++) n = n * r + BigInt(this.digit(i));
    return n;
  }

  // --- failures: `false` in 'read mode, a message in 'must-read mode ---------------------------

  private fail(mode: Mode | State, message: string): Fail {
    return (typeof mode === "number" ? mode : mode.mode) === MUST_READ ? message : false;
  }

  private badDigit(c: string, state: Mode | State): Fail {
    return c === "\0"
      ? this.fail(state, `nul character in \`${this.s}\``)
      : this.fail(state, `bad digit \`${c}\``);
  }

  private badMisplaced(what: string, state: State): Fail {
    return this.fail(state, `misplaced \`${what}\` in \`${this.s}\``);
  }

  private badNoDigits(after: string, state: State): Fail {
    return this.fail(state, `missing digits after \`${after}\` in \`${this.s}\``);
  }

  private badMixedDecimalFraction(state: State): Fail {
    return this.fail(state, `decimal points and fractions cannot be mixed in \`${this.s}\``);
  }

  private emptyExponent(state: State): Fail {
    return this.fail(state, `empty exponent \`${this.s}\``);
  }

  // --- exactness bookkeeping ------------------------------------------------------------------

  private initState(exactness: Exactness, mode: Mode, fst: State["fst"]): State {
    return { exactness, mode, fst, other: exactness };
  }

  private setExactness(state: State, next: "approx" | "double" | "single" | "extended"): State {
    const cur = state.exactness;
    let result: Exactness;
    if (next === "approx") {
      // A `.` or `#` makes the number inexact unless `#e`/`#i` already decided.
      result = cur === "exact" || cur === "inexact" ? cur : "approx";
    } else if (next === "extended") {
      // A `t` marker always wins: `#i1t3` and `#e1t3` are errors, not conversions.
      result = cur === "inexact" ? "extflonum->inexact" : cur === "exact" ? "extflonum->exact" : "extended";
    } else {
      result = cur === "exact" ? "exact" : next;
    }
    return result === cur ? state : { ...state, exactness: result };
  }

  /** For an exponent marker, or the `0`/`f`/`t` of `+inf.0`/`+inf.f`/`+inf.t`. */
  private setExactnessByChar(state: State, c: string): State {
    const l = c.toLowerCase();
    return this.setExactness(state, l === "f" || l === "s" ? "single" : l === "t" ? "extended" : "double");
  }

  private hasFirstHalf(state: State): boolean {
    return state.fst !== null && state.fst !== "+/-";
  }

  /** Starts the second half of a complex number: the exactness found so far is saved for the
   * first half, and the second half starts again from the prefix's exactness. */
  private setFirstHalf(state: State, fst: Prefix): State {
    return { ...state, fst, exactness: state.other, other: state.exactness };
  }

  // --- the state machine ----------------------------------------------------------------------

  /** At the start, or after a `#` prefix. */
  private top(start: number, radixSet: boolean, exactness: Exactness, mode: Mode): Out {
    if (start >= this.end) return this.fail(mode, "no digits");
    if (this.digit(start) >= 0) return this.readInteger(1, start, this.initState(exactness, mode, null));
    const c = this.ch(start);
    if (c === "#") {
      const next = start + 1;
      if (next >= this.end) return this.fail(mode, `no character after \`#\` indicator in \`${this.s}\``);
      const i = this.ch(next).toLowerCase();
      if (i === "e" || i === "i") {
        if (exactness === "exact" || exactness === "inexact") {
          return this.fail(mode, `misplaced exactness specification at \`${this.s.slice(start)}\``);
        }
        return this.top(next + 1, radixSet, i === "e" ? "exact" : "inexact", MUST_READ);
      }
      if (i === "b" || i === "o" || i === "d" || i === "x") {
        if (radixSet) return this.fail(mode, `misplaced radix specification at \`${this.s.slice(start)}\``);
        this.radix = i === "b" ? 2 : i === "o" ? 8 : i === "d" ? 10 : 16;
        return this.top(next + 1, true, exactness, MUST_READ);
      }
      return this.fail(MUST_READ, `bad \`#\` indicator \`${this.ch(next)}\` at \`${this.s.slice(start)}\``);
    }
    if (c === "+" || c === "-") return this.readSigned(c === "+" ? 1 : -1, start + 1, this.initState(exactness, mode, "+/-"));
    if (c === ".") return this.readDecimal(1, -1, start + 1, this.setExactness(this.initState(exactness, mode, null), "approx"));
    return this.badDigit(c, mode);
  }

  /** After `+` or `-`. */
  private readSigned(sgn: number, start: number, state: State): Out {
    if (start >= this.end) return this.fail(state, `no digits in \`${this.s}\``);
    if (this.digit(start) >= 0) return this.readInteger(sgn, start, state);
    const c = this.ch(start);
    if (c === ".") return this.readDecimal(sgn, -1, start + 1, this.setExactness(state, "approx"));
    if (c === "i" || c === "I") {
      // `+i`, or maybe `+inf.0`
      const c2 = this.ch(start + 1);
      if (c2 === "") return this.finishImaginary(sgn, sgn < 0 ? MINUS_ONE : ONE, start + 1, state);
      if (c2 === "n" || c2 === "N") return this.readInfinity(sgn, c, start + 2, state);
    } else if (c === "n" || c === "N") {
      return this.readNan(c, start + 1, state);
    }
    return this.badDigit(c, state);
  }

  /** After a mantissa, at character `c` (start is just past it): the end, an exponent
   * marker, or a complex separator. `n` may report a failure, e.g. missing digits. */
  private tail(sgn: number, c: string, start: number, n: () => Val | Fail, state: State): Out {
    let v: Val | Fail;
    if (c === "") return isFail((v = n())) ? v : this.finish(sgn, v, state);
    if (isExponentMarker(c)) return isFail((v = n())) ? v : this.readExponent(sgn, v, start, this.setExactnessByChar(state, c));
    if (c === "+" || c === "-") return isFail((v = n())) ? v : this.readImag(c, sgn, v, start, state);
    if (c === "@") return isFail((v = n())) ? v : this.readPolar(sgn, v, start, state);
    if (c === "i" || c === "I") return isFail((v = n())) ? v : this.finishImaginary(sgn, v, start, state);
    return this.badDigit(c, state);
  }

  /** Digits from `from`. */
  private readInteger(sgn: number, from: number, state: State): Out {
    const start = this.digitsEnd(from);
    const n = (): Lazy => {
      const v = this.digitsValue(from, start);
      return new Lazy(sgn < 0 ? -v : v, 1n, 0);
    };
    const c = this.ch(start);
    if (c === ".") return this.readDecimal(sgn, from, start + 1, this.setExactness(state, "approx"));
    if (c === "/") return this.readRational(sgn, n(), start + 1, state);
    if (c === "#") return this.readApprox(sgn, n(), 1, false, start + 1, this.setExactness(state, "approx"));
    return this.tail(sgn, c, start + 1, n, state);
  }

  /** After digits (from `intFrom`, or none when -1) and `.`; the fraction starts at `fracFrom`. */
  private readDecimal(sgn: number, intFrom: number, fracFrom: number, state: State): Out {
    const start = this.digitsEnd(fracFrom);
    const hasDigits = intFrom >= 0 || start > fracFrom;
    // The mantissa is all the digits with the point removed, scaled down by the fraction digits.
    const n = (): Lazy => {
      let v = intFrom >= 0 ? this.digitsValue(intFrom, fracFrom - 1) : 0n;
      if (start > fracFrom) v = v * BigInt(this.radix) ** BigInt(start - fracFrom) + this.digitsValue(fracFrom, start);
      return new Lazy(sgn < 0 ? -v : v, 1n, fracFrom - start);
    };
    const c = this.ch(start);
    if (c === ".") return this.badMisplaced(".", state);
    if (c === "/") return this.badMixedDecimalFraction(state);
    if (c === "#") return hasDigits ? this.readApprox(sgn, n(), 0, true, start + 1, state) : this.badMisplaced("#", state);
    return this.tail(sgn, c, start + 1, () => (hasDigits ? n() : this.badNoDigits(".", state)), state);
  }

  /** After digits, maybe a `.`, and a `#` placeholder. `exp` counts the `#`s before the point,
   * each worth a power of the radix; those after the point are worth nothing. */
  private readApprox(sgn: number, n: Lazy, exp: number, sawDot: boolean, start: number, state: State): Out {
    for (let c = this.ch(start); c === "#" || (c === "." && !sawDot); c = this.ch(++start)) {
      if (c === ".") sawDot = true;
      else if (!sawDot) exp++;
    }
    if (this.digit(start) >= 0) return this.badMisplaced("#", state);
    const c = this.ch(start);
    const value = new Lazy(n.num, n.den, n.exp + exp);
    if (c === ".") return this.badMisplaced(".", state);
    if (c === "/") return sawDot ? this.badMixedDecimalFraction(state) : this.readRational(sgn, value, start + 1, state);
    return this.tail(sgn, c, start + 1, () => value, state);
  }

  /** After `n/`. */
  private readRational(sgn: number, n: Lazy, from: number, state: State): Out {
    const start = this.digitsEnd(from);
    const hasDigits = start > from;
    const d = () => new Lazy(this.digitsValue(from, start), 1n, 0);
    const c = this.ch(start);
    if (c === ".") return this.badMixedDecimalFraction(state);
    if (c === "/") return this.badMisplaced("/", state);
    if (c === "#") {
      return hasDigits
        ? this.readDenomApprox(sgn, n, d(), start + 1, this.setExactness(state, "approx"))
        : this.badMisplaced("#", state);
    }
    return this.tail(sgn, c, start + 1, () => (hasDigits ? divide(n, d(), true) : this.badNoDigits("/", state)), state);
  }

  /** After `n/d#`. A zero denominator here is an infinity (`1/0#`) rather than an error. */
  private readDenomApprox(sgn: number, n: Lazy, d: Lazy, start: number, state: State): Out {
    let exp = 1;
    for (; this.ch(start) === "#"; start++) exp++;
    if (this.digit(start) >= 0) return this.badMisplaced("#", state);
    const c = this.ch(start);
    if (c === "." || c === "/") return this.badMisplaced(c, state);
    return this.tail(sgn, c, start + 1, () => divide(n, new Lazy(d.num, d.den, exp), false), state);
  }

  /** After a mantissa and an exponent marker; `n` already includes the sign. */
  private readExponent(sgn: number, n: Val, start: number, state: State): Out {
    if (this.digit(start) >= 0) return this.readSignedExponent(sgn, n, 1, start, state);
    const c = this.ch(start);
    if (c === "" || c === "@") return this.emptyExponent(state);
    if (c === "+" || c === "-") return this.readSignedExponent(sgn, n, c === "+" ? 1 : -1, start + 1, state);
    if (c === "." || c === "#" || c === "/" || isExponentMarker(c)) return this.badMisplaced(c, state);
    if (c === "i" || c === "I") return this.hasFirstHalf(state) ? this.emptyExponent(state) : this.badMisplaced("i", state);
    return this.badDigit(c, state);
  }

  /** After the exponent marker and its sign; the exponent's digits start at `from`. */
  private readSignedExponent(sgn: number, n: Val, sgn2: number, from: number, state: State): Out {
    const start = this.digitsEnd(from);
    const c = this.ch(start);
    if (c === "." || c === "#" || c === "/" || isExponentMarker(c)) return this.badMisplaced(c, state);
    // A huge exponent only matters through its magnitude (the result is ±inf.0 or ±0.0, or
    // refused when exact), so a double approximation of it is enough.
    const value = (): Val | Fail =>
      start === from ? this.emptyExponent(state) : scale(n, sgn2 * parseInt(this.s.slice(from, start), this.radix));
    return this.tail(sgn, c, start + 1, value, state);
  }

  /** After `+in` / `-in`: `f.0`, `f.f` or `f.t`, in any case. */
  private readInfinity(sgn: number, c: string, start: number, state: State): Out {
    const marker = this.ch(start + 2);
    if ((this.ch(start) === "f" || this.ch(start) === "F") && this.ch(start + 1) === "." && isSpecialMarker(marker)) {
      return this.afterSpecial(sgn, sgn < 0 ? -Infinity : Infinity, c, start + 3, this.setExactnessByChar(state, marker), state);
    }
    return this.badDigit(c, state);
  }

  /** After `+n` / `-n`: `an.0`, `an.f` or `an.t`. The sign is dropped: `-nan.0` is +nan.0. */
  private readNan(c: string, start: number, state: State): Out {
    const a = this.ch(start).toLowerCase();
    const n = this.ch(start + 1).toLowerCase();
    const marker = this.ch(start + 3);
    if (a === "a" && n === "n" && this.ch(start + 2) === "." && isSpecialMarker(marker)) {
      return this.afterSpecial(1, NaN, c, start + 4, this.setExactnessByChar(state, marker), state);
    }
    return this.badDigit(c, state);
  }

  /** After an infinity or NaN, which may only end the text or a complex part. */
  private afterSpecial(sgn: number, n: number, c: string, start: number, newState: State, state: State): Out {
    const c2 = this.ch(start);
    if (c2 !== "" && !"+-@iI".includes(c2)) return this.badDigit(c, state);
    return this.tail(sgn, c2, start + 1, () => n, newState);
  }

  /** After a real part and `+`/`-`: the imaginary part follows. */
  private readImag(c: string, realSgn: number, real: Val, start: number, state: State): Out {
    if (this.hasFirstHalf(state) || state.exactness === "extended") return this.badMisplaced(c, state);
    return this.readSigned(c === "+" ? 1 : -1, start, this.setFirstHalf(state, { polar: false, sgn: realSgn, n: real }));
  }

  /** After a magnitude and `@`: the angle follows. */
  private readPolar(realSgn: number, real: Val, start: number, state: State): Out {
    if (this.hasFirstHalf(state) || state.exactness === "extended") return this.badMisplaced("@", state);
    const c = this.ch(start);
    if (c === "") return this.badMisplaced("@", state);
    const newState = this.setFirstHalf(state, { polar: true, sgn: realSgn, n: real });
    if (c === "+" || c === "-") return this.readSigned(c === "+" ? 1 : -1, start + 1, newState);
    if (this.digit(start) >= 0) return this.readInteger(1, start, newState);
    return this.badDigit(c, state);
  }

  // --- finishing ------------------------------------------------------------------------------

  /** The end of a number: a real, or the second half of a polar complex (`1@2`). */
  private finish(sgn: number, n: Val, state: State): Out {
    const fst = state.fst;
    if (fst === null || fst === "+/-") return this.finishReal(sgn, n, state.exactness, state.mode);
    if (!fst.polar) return this.fail(state, `missing \`i\` for complex number in \`${this.s}\``);
    const m = this.finishReal(fst.sgn, fst.n, state.other, state.mode);
    const a = this.finishReal(sgn, n, state.exactness, state.mode);
    if (m instanceof Extflonum || a instanceof Extflonum) return this.badExtflonumForComplex(state);
    if (isFail(m)) return m;
    if (isFail(a)) return a;
    return makePolar(m, a, state.exactness === "exact");
  }

  /** At an `i`: the end of `+2i` or of `1+2i`. */
  private finishImaginary(sgn: number, n: Val, start: number, state: State): Out {
    const fst = state.fst;
    if (start !== this.end || fst === null || (fst !== "+/-" && fst.polar)) return this.badMisplaced("i", state);
    let r: SchemeNumber | Extflonum | Fail;
    let i: SchemeNumber | Extflonum | Fail;
    if (fst === "+/-") {
      r = state.other === "inexact" ? new Flonum(0) : 0;
      i = this.finishReal(sgn, n, state.exactness, state.mode);
    } else {
      r = this.finishReal(fst.sgn, fst.n, state.other, state.mode);
      i = this.finishReal(sgn, n, state.exactness, state.mode);
    }
    if (r instanceof Extflonum || i instanceof Extflonum) return this.badExtflonumForComplex(state);
    if (isFail(r)) return r;
    if (isFail(i)) return i;
    // make-rectangular with an exact zero imaginary part is just the real part: `1+0i` is 1.
    return i === 0 ? r : COMPLEX;
  }

  /** Converts a real as the exactness says. `sgn` is the literal sign, which gives an inexact
   * zero its sign (`-0.0`, `#i-0`, `-0#`). */
  private finishReal(sgn: number, n: Val, exactness: Exactness, mode: Mode): SchemeNumber | Extflonum | Fail {
    switch (exactness) {
      case "exact":
      case "decimal-as-inexact":
        return this.forceExact(n);
      case "single":
      case "double":
      case "inexact":
      case "approx": {
        const r = this.forceInexact(sgn, n);
        return typeof r === "number" ? new Flonum(r) : r;
      }
      case "extended":
        return EXTFLONUM;
      case "extflonum->inexact":
        return this.fail(mode, `cannot convert extflonum to inexact in \`${this.s}\``);
      case "extflonum->exact":
        return this.fail(mode, `cannot convert extflonum to exact in \`${this.s}\``);
    }
  }

  private badExtflonumForComplex(state: State): Fail {
    return this.fail(state, `cannot combine an extflonum into a complex number in \`${this.s}\``);
  }

  private forceExact(n: Val): SchemeNumber | Fail {
    if (n instanceof DivisionByZero) return this.divisionByZero();
    if (typeof n === "number") return this.fail(MUST_READ, `no exact representation for ${printSpecial(n)}`);
    if (n.num === 0n) return 0;
    if (n.exp === 0) return makeRational(n.num, n.den);
    if (!(Math.abs(n.exp) <= MAX_EXACT_EXPONENT)) {
      return this.fail(MUST_READ, `exponent too large for an exact number in \`${this.s}\``);
    }
    const p = BigInt(this.radix) ** BigInt(Math.abs(n.exp));
    return n.exp > 0 ? makeRational(n.num * p, n.den) : makeRational(n.num, n.den * p);
  }

  private forceInexact(sgn: number, n: Val): number | Fail {
    if (n instanceof DivisionByZero) return n.hard ? this.divisionByZero() : sgn < 0 ? -Infinity : Infinity;
    if (typeof n === "number") return n;
    if (n.num === 0n) return sgn < 0 ? -0 : 0;
    if (n.exp === 0) return ratioToDouble(n.num, n.den);
    // Far outside the double range the answer is an infinity or a zero: don't build the bignum.
    const neg = n.num < 0n;
    const digits = (bitLength(n.num) - bitLength(n.den)) / Math.log2(this.radix) + n.exp;
    if (digits > INEXACT_PRECISION) return neg ? -Infinity : Infinity;
    if (digits < -INEXACT_PRECISION) return neg ? -0 : 0;
    // A decimal mantissa and exponent: the engine's decimal conversion rounds correctly.
    if (this.radix === 10 && n.den === 1n) return Number(`${n.num}e${n.exp}`);
    const p = BigInt(this.radix) ** BigInt(Math.abs(n.exp));
    return n.exp > 0 ? ratioToDouble(n.num * p, n.den) : ratioToDouble(n.num, n.den * p);
  }

  /** Division by zero is an error even in plain 'read mode, where other failures mean "symbol". */
  private divisionByZero(): Fail {
    return this.fail(MUST_READ, `division by zero in \`${this.s}\``);
  }
}

/** Racket's `lazy-number`: `n * radix^exp`. */
function scale(n: Val, exp: number): Val {
  return n instanceof Lazy && exp !== 0 ? new Lazy(n.num, n.den, n.exp + exp) : n;
}

/** Racket's `lazy-divide`. `hard`: the denominator was all digits, so zero is an error. */
function divide(n: Lazy, d: Lazy, hard: boolean): Val {
  if (d.num === 0n) return hard ? DBZ_HARD : DBZ_SOFT;
  return new Lazy(n.num * d.den, n.den * d.num, n.exp - d.exp);
}

/** Racket's make-polar, then inexact->exact under `#e`. The result is real when the angle is an
 * exact 0 or the magnitude an exact 0; under `#e`, also when the imaginary part comes out 0.0. */
function makePolar(m: SchemeNumber, a: SchemeNumber, exact: boolean): Out {
  if (a === 0) return m;
  if (m === 0) return 0;
  if (!exact) return COMPLEX;
  const md = toDouble(m);
  const ad = toDouble(a);
  if (md * Math.sin(ad) !== 0) return COMPLEX;
  const re = md * Math.cos(ad);
  return Number.isFinite(re) ? doubleToExact(re) : `no exact representation for ${printSpecial(re)}`;
}

function isSpecialMarker(c: string): boolean {
  return c === "0" || c === "f" || c === "F" || c === "t" || c === "T";
}

function printSpecial(x: number): string {
  return Number.isNaN(x) ? "+nan.0" : x > 0 ? "+inf.0" : "-inf.0";
}

function toDouble(x: SchemeNumber): number {
  return x instanceof Flonum ? x.value : exactToDouble(x);
}
