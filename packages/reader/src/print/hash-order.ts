// The order in which a hash table's entries print. Racket prints them in its own internal order
// unless it can sort the keys, and it sorts differently in the two print styles (measured on
// Racket 8.7, see racket/src/io/print/hash.rkt and racket/src/cs/rumble/hash.ss):
//   - `#hash(...)` (display, write, quoted print): only when all keys are reals (by `<`), all
//     symbols, all keywords or all strings (by code point);
//   - `(hash ...)` (constructor-style print, via `hash-map` with try-order): when every key is a
//     boolean, character, real, symbol, keyword, string, `()`, void or eof, ordered by that
//     category first, then within it (#f before #t; uninterned symbols before interned ones).
// Otherwise we keep insertion order, where Racket would use its internal (hash code) order.

import { Char } from "../datum/char.js";
import { Flonum, Ratnum, doubleToExact, type ExactRational } from "../datum/number.js";
import { NIL } from "../datum/pair.js";
import { EOF, MString, VOID } from "../datum/special.js";
import { Keyword, Sym, isInterned } from "../datum/symbol.js";

export type Entry = [unknown, unknown];

/** Compares two strings by code point, as Racket's `string<?` (JS's `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (astral code points) sort after U+E000..U+FFFF; shift both ranges to say so.
    if (x >= 0xd800) x += x < 0xe000 ? 0x2000 : -0x800;
    if (y >= 0xd800) y += y < 0xe000 ? 0x2000 : -0x800;
    return x - y;
  }
  return a.length - b.length;
}

const isReal = (x: unknown): boolean =>
  typeof x === "number" || typeof x === "bigint" || x instanceof Flonum || x instanceof Ratnum;

const isString = (x: unknown): x is string | MString => typeof x === "string" || x instanceof MString;
const textOf = (x: string | MString): string => (typeof x === "string" ? x : x.value);

/** The exact value of a real, given with any Flonum already unboxed to its (finite) double. */
function exactOf(x: unknown): ExactRational {
  return typeof x === "number" && !Number.isInteger(x) ? doubleToExact(x) : (x as ExactRational);
}

/** Racket's `<` on two reals (exact comparison when an exact non-fixnum is involved). */
function realLess(a: unknown, b: unknown): boolean {
  const x = a instanceof Flonum ? a.value : a;
  const y = b instanceof Flonum ? b.value : b;
  if (typeof x === "number" && typeof y === "number") return x < y;
  if (typeof x === "number" && !Number.isFinite(x)) return x === -Infinity; // NaN: false
  if (typeof y === "number" && !Number.isFinite(y)) return y === Infinity;
  const p = exactOf(x);
  const q = exactOf(y);
  const [pn, pd] = p instanceof Ratnum ? [p.num, p.den] : [BigInt(p), 1n];
  const [qn, qd] = q instanceof Ratnum ? [q.num, q.den] : [BigInt(q), 1n];
  return pn * qd < qn * pd;
}

const compareReals = (a: unknown, b: unknown): number => (realLess(a, b) ? -1 : realLess(b, a) ? 1 : 0);

/** `try-sort` in racket/src/io/print/hash.rkt: for `#hash(...)`. Sorts in place. */
export function sortForDatum(entries: Entry[]): Entry[] {
  if (entries.length < 2) return entries;
  const first = entries[0]![0];
  if (isReal(first)) {
    if (entries.every((e) => isReal(e[0]))) entries.sort((a, b) => compareReals(a[0], b[0]));
  } else if (first instanceof Sym) {
    if (entries.every((e) => e[0] instanceof Sym)) {
      entries.sort((a, b) => compareCodePoints((a[0] as Sym).name, (b[0] as Sym).name));
    }
  } else if (first instanceof Keyword) {
    if (entries.every((e) => e[0] instanceof Keyword)) {
      entries.sort((a, b) => compareCodePoints((a[0] as Keyword).name, (b[0] as Keyword).name));
    }
  } else if (isString(first)) {
    if (entries.every((e) => isString(e[0]))) {
      entries.sort((a, b) => compareCodePoints(textOf(a[0] as string | MString), textOf(b[0] as string | MString)));
    }
  }
  return entries;
}

/** The category rank of `orderable-major` in rumble/hash.ss, or -1 when the key is not orderable. */
function major(x: unknown): number {
  if (typeof x === "boolean") return 0;
  if (x instanceof Char) return 1;
  if (isReal(x)) return 2;
  if (x instanceof Sym) return 3;
  if (x instanceof Keyword) return 4;
  if (isString(x)) return 5;
  // 6 is byte strings, which this runtime does not have.
  if (x === NIL) return 7;
  if (x === VOID) return 8;
  if (x === EOF) return 9;
  return -1;
}

function compareOrderable(a: unknown, b: unknown): number {
  const ma = major(a);
  const mb = major(b);
  if (ma !== mb) return ma - mb;
  switch (ma) {
    case 0:
      return (a ? 1 : 0) - (b ? 1 : 0);
    case 1:
      return (a as Char).code - (b as Char).code;
    case 2:
      return compareReals(a, b);
    case 3: {
      const ia = isInterned(a as Sym);
      const ib = isInterned(b as Sym);
      if (ia !== ib) return ia ? 1 : -1;
      return compareCodePoints((a as Sym).name, (b as Sym).name);
    }
    case 4:
      return compareCodePoints((a as Keyword).name, (b as Keyword).name);
    case 5:
      return compareCodePoints(textOf(a as string | MString), textOf(b as string | MString));
    default:
      return 0;
  }
}

/** `try-sort-keys` in rumble/hash.ss: for constructor-style `(hash ...)`. Sorts in place. */
export function sortForConstructor(entries: Entry[]): Entry[] {
  if (entries.length > 1 && entries.every((e) => major(e[0]) >= 0)) {
    entries.sort((a, b) => compareOrderable(a[0], b[0]));
  }
  return entries;
}
