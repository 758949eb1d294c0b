// eq?, eqv? and equal?, and the hash codes consistent with them.

import { Flonum, Ratnum } from "./number.js";
import { Pair } from "./pair.js";
import { Box, MString } from "./special.js";
import { EQUAL, HASH, isCustomEqual } from "./protocol.js";
import { HashTable } from "./hash.js";
import { RegexpValue } from "./regexp.js";

export function isEq(a: unknown, b: unknown): boolean {
  // Fixnums and characters are eq? in Racket when they are the same value; fixnums are JS numbers
  // and characters are interned, so identity covers both. Flonums are boxed: not eq?, as in Racket.
  return a === b;
}

export function isEqv(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Flonum) return b instanceof Flonum && Object.is(a.value, b.value);
  if (a instanceof Ratnum) return b instanceof Ratnum && a.num === b.num && a.den === b.den;
  return false;
}

/** After this many node comparisons, equal? starts remembering pairs so cyclic data terminates. */
const CYCLE_CHECK_AFTER = 10_000;

export function isEqual(a: unknown, b: unknown): boolean {
  // An explicit stack: deeply nested data must not overflow the JS stack.
  const stack: unknown[] = [a, b];
  let steps = 0;
  let seen: Map<object, Set<object>> | undefined;
  while (stack.length > 0) {
    const y = stack.pop();
    const x = stack.pop();
    if (x === y || isEqv(x, y)) continue;
    if (typeof x !== "object" || x === null || typeof y !== "object" || y === null) {
      // A mutable and an immutable string are equal? when their characters are.
      if (typeof x === "string" && y instanceof MString && x === y.value) continue;
      if (typeof y === "string" && x instanceof MString && y === x.value) continue;
      return false;
    }
    if (++steps > CYCLE_CHECK_AFTER) {
      seen ??= new Map();
      let s = seen.get(x);
      if (s === undefined) seen.set(x, (s = new Set()));
      if (s.has(y)) continue; // already being compared: assume equal (coinduction)
      s.add(y);
    }
    if (x instanceof Pair) {
      if (!(y instanceof Pair)) return false;
      stack.push(x.cdr, y.cdr, x.car, y.car);
    } else if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i], y[i]);
    } else if (x instanceof MString) {
      if (!(y instanceof MString) || x.value !== y.value) return false;
    } else if (x instanceof RegexpValue) {
      // Racket: regexps with the same source and flavour are equal?.
      if (!(y instanceof RegexpValue) || x.source !== y.source || x.pregexp !== y.pregexp) return false;
    } else if (x instanceof Box) {
      // Racket: a box and an immutable box with equal contents are equal?.
      if (!(y instanceof Box)) return false;
      stack.push(x.value, y.value);
    } else if (x instanceof HashTable) {
      if (!(y instanceof HashTable) || !x.sameShape(y)) return false;
      for (const [k, v] of x.entries()) {
        if (!y.has(k)) return false;
        stack.push(v, y.get(k));
      }
    } else if (isCustomEqual(x)) {
      if (!x[EQUAL](y, isEqual)) return false;
    } else {
      return false;
    }
  }
  return true;
}

// ---- hashing -------------------------------------------------------------------------------

/** Racket hashes only a bounded prefix of large structures; so do we (hashing must stay O(1)-ish). */
const HASH_NODE_LIMIT = 64;

function mix(h: number, k: number): number {
  h = Math.imul(h ^ k, 0x5bd1e995);
  return (h ^ (h >>> 15)) | 0;
}

export function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

function numberHash(n: number): number {
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 31) return n | 0;
  return stringHash(String(n));
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
/** An identity hash for objects whose equal? is eq?. */
export function identityHash(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextObjectId++));
  return id;
}

/** A hash code consistent with eqv?. */
export function eqvHash(x: unknown): number {
  if (typeof x === "number") return numberHash(x);
  if (typeof x === "bigint") return stringHash(x.toString(36));
  if (x instanceof Flonum) return mix(7, numberHash(x.value));
  if (x instanceof Ratnum) return mix(stringHash(x.num.toString(36)), stringHash(x.den.toString(36)));
  if (typeof x === "string") return stringHash(x);
  if (typeof x === "boolean") return x ? 1231 : 1237;
  if (typeof x === "object" && x !== null) return identityHash(x);
  return 0;
}

/** A hash code consistent with equal?. */
export function equalHash(x: unknown): number {
  let budget = HASH_NODE_LIMIT;
  const go = (v: unknown): number => {
    if (--budget < 0) return 0;
    if (v instanceof Pair) {
      let h = 17;
      let p: unknown = v;
      while (p instanceof Pair && budget > 0) {
        h = mix(h, go(p.car));
        p = p.cdr;
        budget--;
      }
      return p instanceof Pair ? h : mix(h, go(p));
    }
    if (Array.isArray(v)) {
      let h = mix(19, v.length);
      for (let i = 0; i < v.length && budget > 0; i++) h = mix(h, go(v[i]));
      return h;
    }
    if (v instanceof MString) return stringHash(v.value);
    if (v instanceof Box) return mix(23, go(v.value));
    if (v instanceof RegexpValue) return mix(v.pregexp ? 37 : 31, stringHash(v.source));
    if (v instanceof HashTable) {
      // Order-independent: sum of entry hashes.
      let h = mix(29, v.size);
      for (const [k, val] of v.entries()) {
        if (budget <= 0) break;
        h = (h + mix(go(k), go(val))) | 0;
      }
      return h;
    }
    if (isCustomEqual(v)) return v[HASH](go);
    return eqvHash(v);
  };
  return go(x);
}
