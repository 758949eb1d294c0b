// Racket counts string lengths and indexes in Unicode code points; JS strings are UTF-16. Most
// strings have no surrogate pairs, and for them a code point index is a UTF-16 index. For the
// others, a table of UTF-16 offsets maps one to the other; the last few tables are cached, so a
// loop of `string-ref`s over one string with emoji stays linear.

const SURROGATE = /[\uD800-\uDFFF]/;

/** Strings shorter than this are scanned rather than cached. */
const CACHE_MIN_LENGTH = 32;
const CACHE_SIZE = 4;
const cachedStrings: string[] = [];
const cachedOffsets: (Uint32Array | null)[] = [];
let cacheNext = 0;

/**
 * The UTF-16 offset of every code point of `s` followed by `s.length`, or null when `s` has no
 * surrogates (code point i is then at offset i). Cached for long strings: a regexp test of a
 * string with non-Latin-1 characters scans it.
 */
export function offsetsOf(s: string): Uint32Array | null {
  if (s.length < CACHE_MIN_LENGTH) return computeOffsets(s);
  for (let i = 0; i < cachedStrings.length; i++) if (cachedStrings[i] === s) return cachedOffsets[i]!;
  const offsets = computeOffsets(s);
  cachedStrings[cacheNext] = s;
  cachedOffsets[cacheNext] = offsets;
  cacheNext = (cacheNext + 1) % CACHE_SIZE;
  return offsets;
}

function computeOffsets(s: string): Uint32Array | null {
  if (!SURROGATE.test(s)) return null;
  const offsets: number[] = [];
  for (let i = 0; i < s.length; i++) {
    offsets.push(i);
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) i++;
  }
  offsets.push(s.length);
  return Uint32Array.from(offsets);
}

/** `string-length`: the number of code points. */
export function codePointLength(s: string): number {
  const offsets = offsetsOf(s);
  return offsets === null ? s.length : offsets.length - 1;
}

/** The UTF-16 offset of code point `i` (0 <= i <= length). */
export function unitOffset(s: string, i: number): number {
  const offsets = offsetsOf(s);
  return offsets === null ? i : offsets[i]!;
}

/** `substring` by code point indexes (in range, start <= end). */
export function codePointSlice(s: string, start: number, end: number): string {
  const offsets = offsetsOf(s);
  return offsets === null ? s.slice(start, end) : s.slice(offsets[start]!, offsets[end]!);
}

/** Every code point of `s`. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

/** The string of code points (no argument-count limit, unlike String.fromCodePoint). */
export function fromCodePoints(cps: readonly number[]): string {
  let s = "";
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...cps.slice(i, i + 4096));
  return s;
}
