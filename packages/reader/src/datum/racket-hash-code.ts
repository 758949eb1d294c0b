// Racket CS's hash codes, for the values whose codes do not depend on memory addresses: exact
// numbers, characters, interned symbols, strings, booleans, `()`, and pairs, vectors and boxes of
// those. Racket lists a hash table's (and a set's) entries in an order that follows these codes
// (racket-order.ts, racket-buckets.ts), so reproducing them reproduces Racket's order.
//
// The rules are rumble's (racket/src/cs/rumble/hash-code.ss: equal-hash-loop, number-hash,
// mix-hash-code) and Chez Scheme's string and symbol hashes, as Racket 8.7 computes them. A code
// is a Racket fixnum: 61-bit two's complement with wraparound arithmetic. The common keys
// (symbols, strings, fixnums, characters) are hashed with plain numbers on the fixnum's two
// halves; compound keys go through BigInt.

import { Char } from "./char.js";
import { Ratnum } from "./number.js";
import { NIL, Pair } from "./pair.js";
import { Box, MString } from "./special.js";
import { Sym, isInterned } from "./symbol.js";
import type { HashKind } from "./hash.js";

/** A code as two unsigned parts: its low 32 bits and its high 29 bits (bit 28 of `hi` is the sign). */
export type HashCode = readonly [lo: number, hi: number];

const HI_MASK = 0x1fffffff;
const TWO_32 = 0x100000000;

const FIXNUM_BITS = 61n;
const MOST_POSITIVE_FIXNUM = (1n << 60n) - 1n;

/** Wraps to a 61-bit signed fixnum (fx+/wraparound). */
const wrap = (x: bigint): bigint => BigInt.asIntN(Number(FIXNUM_BITS), x);
/** fxsrl: logical shift right of the fixnum's 61 bits. */
const srl = (x: bigint, n: bigint): bigint => wrap(BigInt.asUintN(Number(FIXNUM_BITS), x) >> n);

function toCode(h: bigint): HashCode {
  const bits = BigInt.asUintN(Number(FIXNUM_BITS), h);
  return [Number(bits & 0xffffffffn), Number(bits >> 32n)];
}

function fromCode([lo, hi]: HashCode): bigint {
  return wrap((BigInt(hi) << 32n) | BigInt(lo));
}

// ---- the common keys, without BigInt -------------------------------------------------------------

/**
 * Chez Scheme's symbol hash (c/intern.c): over the name's characters, h += c; h += h << 10;
 * h ^= h >> 6 in unsigned 64 bits, starting from length + 401887359; the fixnum keeps 60 bits.
 */
function symbolCode(name: string): HashCode {
  let lo = codePointCount(name) + 401887359;
  let hi = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.codePointAt(i)!;
    if (c > 0xffff) i++;
    // h += c
    let sum = lo + c;
    hi = (hi + (sum >= TWO_32 ? 1 : 0)) >>> 0;
    lo = sum >>> 0;
    // h += h << 10
    const sLo = (lo << 10) >>> 0;
    const sHi = ((hi << 10) | (lo >>> 22)) >>> 0;
    sum = lo + sLo;
    hi = (hi + sHi + (sum >= TWO_32 ? 1 : 0)) >>> 0;
    lo = sum >>> 0;
    // h ^= h >> 6
    lo = (lo ^ ((lo >>> 6) | (hi << 26))) >>> 0;
    hi = (hi ^ (hi >>> 6)) >>> 0;
  }
  return [lo, hi & 0x0fffffff];
}

function codePointCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u < 0xdc00) n--;
  }
  return n;
}

const symbolCodes = new Map<Sym, HashCode>();

function internedSymbolCode(s: Sym): HashCode {
  let code = symbolCodes.get(s);
  if (code === undefined) symbolCodes.set(s, (code = symbolCode(s.name)));
  return code;
}

/**
 * Racket's Chez string-hash (s/newhash.ss): update(hc, c) is hc2 ^ (hc2 >>> 6) with
 * hc2 = hc + ((hc + c) << 10), in 61-bit fixnum arithmetic; all characters of a string of up to
 * 16, else the first 5, the last 5 and every (n/16)th from 5; a negative result is complemented.
 */
function stringCode(s: string): HashCode {
  stringLo = 523658599;
  stringHi = 0;
  if (s.length <= 16) {
    // At most 16 code points: all of them.
    for (let i = 0; i < s.length; i++) {
      const c = s.codePointAt(i)!;
      if (c > 0xffff) i++;
      stringUpdate(c);
    }
  } else {
    const codes = Array.from(s, (c) => c.codePointAt(0)!);
    const n = codes.length;
    if (n <= 16) {
      for (const c of codes) stringUpdate(c);
    } else {
      for (let i = 0; i < 5; i++) stringUpdate(codes[i]!);
      for (let i = n - 5; i < n; i++) stringUpdate(codes[i]!);
      const stride = n >> 4;
      for (let i = 5; i < n; i += stride) stringUpdate(codes[i]!);
    }
  }
  if (stringHi & 0x10000000) return [~stringLo >>> 0, ~stringHi & HI_MASK];
  return [stringLo, stringHi];
}

/** The running code of stringCode (module state, so that the update stays a small inlinable function). */
let stringLo = 0;
let stringHi = 0;

/** One step of string-hash: hc2 = hc + ((hc + c) << 10); hc = hc2 ^ (hc2 >>> 6), on 61 bits. */
function stringUpdate(c: number): void {
  let sum = stringLo + c;
  let tHi = (stringHi + (sum >= TWO_32 ? 1 : 0)) & HI_MASK;
  let tLo = sum >>> 0;
  tHi = ((tHi << 10) | (tLo >>> 22)) & HI_MASK;
  tLo = (tLo << 10) >>> 0;
  sum = stringLo + tLo;
  const h2Hi = (stringHi + tHi + (sum >= TWO_32 ? 1 : 0)) & HI_MASK;
  const h2Lo = sum >>> 0;
  stringLo = (h2Lo ^ ((h2Lo >>> 6) | (h2Hi << 26))) >>> 0;
  stringHi = (h2Hi ^ (h2Hi >>> 6)) & HI_MASK;
}

/** number-hash of a non-negative safe integer. */
const naturalCode = (n: number): HashCode => [n % TWO_32, Math.floor(n / TWO_32)];

// ---- the general case, in BigInt -----------------------------------------------------------------

/** rumble's mix-hash-code. */
function mix(hc: bigint): bigint {
  const hc2 = wrap(hc + wrap((hc + 1n) << 10n));
  return wrap(hc2 ^ srl(hc2, 6n));
}

/** number-hash of a fixnum (negative ones lose their sign bit); undefined for other numbers. */
function fixnumHash(n: number | bigint): bigint | undefined {
  const z = BigInt(n);
  if (z > MOST_POSITIVE_FIXNUM || z < -MOST_POSITIVE_FIXNUM - 1n) return undefined;
  return z < 0n ? z & MOST_POSITIVE_FIXNUM : z;
}

/** number-hash of an exact integer: a fixnum's own, or a bignum's 60-bit chunks mixed together. */
function integerHash(z: bigint): bigint {
  const small = fixnumHash(z);
  if (small !== undefined) return small;
  const length = (z < 0n ? ~z : z).toString(2).length;
  let hc = 0n;
  for (let i = 0; i < length; i += 60) hc = wrap(((z >> BigInt(i)) & MOST_POSITIVE_FIXNUM) + mix(hc));
  return hc;
}

/** number-hash of exact numbers (a ratio hashes as numerator * 5 + denominator); undefined for flonums. */
function numberHash(x: unknown): bigint | undefined {
  if (typeof x === "number") return Number.isInteger(x) ? integerHash(BigInt(x)) : undefined;
  if (typeof x === "bigint") return integerHash(x);
  if (x instanceof Ratnum) return integerHash(x.num * 5n + x.den);
  return undefined;
}

/** Racket's bound on how much of a value equal-hash-code looks at. */
const MAX_HASH_BURN = 128;

class Unhashable {}
const UNHASHABLE = new Unhashable();

/** rumble's equal-hash-loop: [hash code, burn]; throws UNHASHABLE for values we cannot reproduce. */
function equalHashLoop(x: unknown, burn: number, hc: bigint): [bigint, number] {
  if (burn > MAX_HASH_BURN) return [hc, burn];
  if (typeof x === "boolean") return [wrap(hc + (x ? 0x0ace0120n : 0x0cafe121n)), burn];
  if (x === NIL) return [wrap(hc + 0x0cabd122n), burn];
  const n = numberHash(x);
  if (n !== undefined) return [wrap(hc + n), burn];
  if (x instanceof Char) return [wrap(hc + BigInt(x.code)), burn];
  if (x instanceof Sym) {
    if (!isInterned(x)) throw UNHASHABLE;
    return [wrap(hc + fromCode(internedSymbolCode(x))), burn];
  }
  if (typeof x === "string") return [wrap(hc + fromCode(stringCode(x))), burn];
  if (x instanceof MString) return [wrap(hc + fromCode(stringCode(x.value))), burn];
  if (x instanceof Box) return equalHashLoop(x.value, burn + 1, mix(wrap(hc + 1n)));
  if (x instanceof Pair) {
    const [hc0, burn2] = equalHashLoop(x.car, burn + 2, 0n);
    const sum = wrap(hc + hc0);
    const r = x.cdr;
    // A list goes on without counting its spine against the burn.
    return equalHashLoop(r, r instanceof Pair && isProperList(r) ? burn2 - 2 : burn2, mix(sum));
  }
  if (Array.isArray(x)) {
    if (x.length === 0) return [wrap(hc + 1n), burn];
    let b = burn;
    let h = hc;
    for (const e of x) {
      const [hc0, b2] = equalHashLoop(e, b + 2, 0n);
      b = b2;
      h = wrap(mix(h) + hc0);
    }
    return [h, b];
  }
  throw UNHASHABLE;
}

function isProperList(x: unknown): boolean {
  while (x instanceof Pair) x = x.cdr;
  return x === NIL;
}

/** eq-hash-code / eqv-hash-code for values whose code is not an allocation counter. */
function eqvHash(x: unknown): bigint {
  const n = numberHash(x);
  if (n !== undefined) return n;
  if (x instanceof Char) return BigInt(x.code);
  if (x instanceof Sym && isInterned(x)) return fromCode(internedSymbolCode(x));
  throw UNHASHABLE;
}

/** The code Racket CS's tables of this kind give `x`, or undefined when it is not reproducible. */
export function racketHashCode(x: unknown, kind: HashKind): HashCode | undefined {
  // The common keys hash the same in the three kinds.
  if (typeof x === "number" && Number.isSafeInteger(x) && x >= 0) return naturalCode(x);
  if (x instanceof Sym && isInterned(x)) return internedSymbolCode(x);
  if (x instanceof Char) return [x.code, 0];
  if (kind === "equal") {
    if (typeof x === "string") return stringCode(x);
    if (x instanceof MString) return stringCode(x.value);
  }
  try {
    return toCode(kind === "equal" ? equalHashLoop(x, 0, 0n)[0] : eqvHash(x));
  } catch (e) {
    if (e === UNHASHABLE) return undefined;
    throw e;
  }
}

/** The code as a signed fixnum value (for tests and for mixing into other codes). */
export function hashCodeValue(code: HashCode): bigint {
  return fromCode(code);
}
