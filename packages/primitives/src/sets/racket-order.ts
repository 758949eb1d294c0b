// The order in which Racket lists the elements of an immutable set (printing, `for`, set->list,
// set-first). Racket CS keeps an immutable set as a hash array mapped trie over the elements'
// hash codes (racket/src/cs/rumble/hamt-stencil.ss: 16-way nodes; a node lists its single keys
// before its child nodes, each group by the 4 bits of the hash code at the node's depth), so the
// order is a function of the hash codes alone: `(set 3 1 2)` prints as `#<set: 1 2 3>`,
// `(set 'a 'b 'c)` as `#<set: c b a>`. This module computes Racket CS's hash codes for the
// values whose codes do not depend on memory addresses (the rules of rumble/hash-code.ss and
// Chez Scheme's string and symbol hashes) and lays the elements out as the trie would. For sets
// holding anything else (flonums, structs, procedures...) there is no such order to reproduce:
// the caller keeps insertion order.
//
// Hash codes are Racket fixnums: 61-bit two's complement, with wraparound arithmetic. They are
// computed with BigInt, which also makes the shifts exact.

import { Box, Char, MString, NIL, Pair, Ratnum, Sym, isInterned } from "@rlms/reader";
import type { HashKind } from "@rlms/reader";

const FIXNUM_BITS = 61n;
const MOST_POSITIVE_FIXNUM = (1n << 60n) - 1n;
const UINT64 = (1n << 64n) - 1n;

/** Wraps to a 61-bit signed fixnum (fx+/wraparound). */
const wrap = (x: bigint): bigint => BigInt.asIntN(Number(FIXNUM_BITS), x);
/** fxsrl: logical shift right of the fixnum's 61 bits. */
const srl = (x: bigint, n: bigint): bigint => wrap(BigInt.asUintN(Number(FIXNUM_BITS), x) >> n);

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

/**
 * Chez Scheme's symbol hash (c/intern.c): over the name's characters, h += c; h += h << 10;
 * h ^= h >> 6 in unsigned 64 bits, starting from length + 401887359.
 */
function symbolHash(name: string): bigint {
  const codes = Array.from(name, (c) => BigInt(c.codePointAt(0)!));
  let h = BigInt(codes.length) + 401887359n;
  for (const c of codes) {
    h = (h + c) & UINT64;
    h = (h + (h << 10n)) & UINT64;
    h ^= h >> 6n;
  }
  return h & MOST_POSITIVE_FIXNUM;
}

/**
 * Racket's Chez string-hash (s/newhash.ss): update(hc, c) = mix of hc + ((hc + c) << 10); all
 * characters of a string of up to 16, else the first 5, the last 5 and every (n/16)th from 5.
 */
function stringHash(s: string): bigint {
  const codes = Array.from(s, (c) => BigInt(c.codePointAt(0)!));
  const update = (hc: bigint, k: bigint): bigint => {
    const hc2 = wrap(hc + wrap(wrap(hc + k) << 10n));
    return wrap(hc2 ^ srl(hc2, 6n));
  };
  let hc = 523658599n;
  const n = codes.length;
  if (n <= 16) {
    for (const c of codes) hc = update(hc, c);
  } else {
    for (let i = 0; i < 5; i++) hc = update(hc, codes[i]!);
    for (let i = n - 5; i < n; i++) hc = update(hc, codes[i]!);
    const stride = n >> 4;
    for (let i = 5; i < n; i += stride) hc = update(hc, codes[i]!);
  }
  return hc < 0n ? ~hc : hc;
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
    return [wrap(hc + symbolHash(x.name)), burn];
  }
  if (typeof x === "string") return [wrap(hc + stringHash(x)), burn];
  if (x instanceof MString) return [wrap(hc + stringHash(x.value)), burn];
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
  if (x instanceof Sym && isInterned(x)) return symbolHash(x.name);
  throw UNHASHABLE;
}

/** The hash code Racket CS's immutable table of this kind gives `x`, or undefined. */
export function racketHashCode(x: unknown, kind: HashKind): bigint | undefined {
  try {
    return kind === "equal" ? equalHashLoop(x, 0, 0n)[0] : eqvHash(x);
  } catch (e) {
    if (e === UNHASHABLE) return undefined;
    throw e;
  }
}

/** A hash code as the trie reads it: its 61 bits as low 32 and high 29 bits (plain numbers are faster than BigInt here). */
type Code = readonly [number, number];

/**
 * Hash codes already computed, by element, shared by the sets made from one another (set-rest,
 * set-add...): a loop taking a set apart with set-first and set-rest lays out each smaller set
 * again, and must not hash every element each time. `null`: the element has no reproducible code.
 */
export type HashCodeCache = Map<unknown, Code | null>;

function codeOf(x: unknown, kind: HashKind, cache: HashCodeCache): Code | null {
  let code = cache.get(x);
  if (code === undefined) {
    const h = racketHashCode(x, kind);
    if (h === undefined) code = null;
    else {
      const bits = BigInt.asUintN(Number(FIXNUM_BITS), h);
      code = [Number(bits & 0xffffffffn), Number(bits >> 32n)];
    }
    cache.set(x, code);
  }
  return code;
}

/** Chunks past this shift are compared as whole codes: equal codes collide (kept in insertion order). */
const LAST_SHIFT = 60;

export function racketOrder(elements: readonly unknown[], kind: HashKind, cache: HashCodeCache = new Map()): unknown[] | undefined {
  const n = elements.length;
  const low = new Uint32Array(n);
  const high = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const code = codeOf(elements[i], kind, cache);
    if (code === null) return undefined;
    low[i] = code[0];
    high[i] = code[1];
  }
  const out: unknown[] = [];
  const indexes = Array.from({ length: n }, (_, i) => i);
  layOut(indexes, 0, { elements, low, high, out });
  return out;
}

interface Layout {
  readonly elements: readonly unknown[];
  readonly low: Uint32Array;
  readonly high: Uint32Array;
  readonly out: unknown[];
}

/** One trie node over the elements at `indexes`: its single keys by chunk, then its children by chunk. */
function layOut(indexes: readonly number[], shift: number, l: Layout): void {
  if (indexes.length === 1 || shift > LAST_SHIFT) {
    for (const i of indexes) l.out.push(l.elements[i]);
    return;
  }
  const words = shift < 32 ? l.low : l.high;
  const s = shift < 32 ? shift : shift - 32;
  const groups: Array<number[] | undefined> = new Array(16);
  for (const i of indexes) (groups[(words[i]! >>> s) & 15] ??= []).push(i);
  for (const g of groups) if (g !== undefined && g.length === 1) l.out.push(l.elements[g[0]!]);
  for (const g of groups) if (g !== undefined && g.length > 1) layOut(g, shift + 4, l);
}

/** How many 4-bit chunks, from the lowest, two codes share. */
function sharedChunks(a: Code, b: Code): number {
  let n = 0;
  for (let shift = 0; shift <= LAST_SHIFT; shift += 4, n++) {
    const ca = (shift < 32 ? a[0] >>> shift : a[1] >>> (shift - 32)) & 15;
    const cb = (shift < 32 ? b[0] >>> shift : b[1] >>> (shift - 32)) & 15;
    if (ca !== cb) return n;
  }
  return n;
}

/**
 * The order after removing `x` from a set whose order is `order`, when that is just `order`
 * without `x` (so a set-first/set-rest loop stays linear), or undefined when the trie changes
 * shape: `x` sits in a node of the trie, and only when that node is left with a single other
 * element does that element move up (to its parent's keys). The node of `x` is the group of the
 * elements sharing the most low chunks with it; the removal is simple when `x` is a key of the
 * root or that group keeps two elements besides it.
 */
export function orderWithout(order: readonly unknown[], x: unknown, kind: HashKind, cache: HashCodeCache): unknown[] | undefined {
  const cx = codeOf(x, kind, cache);
  if (cx === null) return undefined;
  let deepest = 0;
  let sharing = 0;
  for (const y of order) {
    if (y === x) continue;
    const cy = cache.get(y);
    if (cy === undefined || cy === null) return undefined;
    const p = sharedChunks(cx, cy);
    if (p > deepest) {
      deepest = p;
      sharing = 1;
    } else if (p === deepest) sharing++;
  }
  if (deepest > 0 && sharing < 2) return undefined;
  return order.filter((y) => y !== x);
}
