// `list?` in amortised constant time, as Racket's is.
//
// Racket's `first`, `rest`, `last`... check `(list? x)` on every call, and Racket answers that in
// amortised O(1) by remembering list-ness in the pairs. A plain walk would make the usual
// `(let loop ([l l]) ... (first l) ... (loop (rest l)))` quadratic. Pairs are never mutated once a
// program can see them, so "this pair starts a proper list" stays true forever: we remember it in
// a WeakSet, for every STRIDE-th pair of each long list walked, and for the results of `rest`.
// A later walk from any tail of that list meets a remembered pair within STRIDE steps, so only
// its first STRIDE pairs are looked up; past them the walk is plain (a list that shares only a
// deeper tail with one seen before is walked to its end, which is still correct). Short lists are
// walked without touching the set, which costs more than the walk itself.

import { NIL, Pair } from "@rlms/reader";

/** Pairs known to start a proper list. */
const knownLists = new WeakSet<Pair>();

/** Lists up to this many pairs are just walked. */
const SHORT = 16;
/** How far apart the remembered pairs of a long list are. */
const STRIDE = 32;

export function isProperList(x: unknown): boolean {
  // The common short case: a plain walk.
  let p = x;
  for (let i = 0; i < SHORT; i++) {
    if (p === NIL) return true;
    if (!(p instanceof Pair)) return false;
    p = p.cdr;
  }
  return isLongProperList(x as Pair);
}

function isLongProperList(x: Pair): boolean {
  const marks: Pair[] = [];
  let p: unknown = x;
  let slow: unknown = x;
  let n = 0;
  while (p instanceof Pair) {
    if (n <= STRIDE && knownLists.has(p)) break;
    if (n % STRIDE === 0) marks.push(p);
    p = p.cdr;
    n++;
    // Floyd's check, in case a reader graph (`#0=(1 . #0#)`) made a cycle.
    if ((n & 1) === 0) {
      slow = (slow as Pair).cdr;
      if (slow === p) return false;
    }
  }
  if (p !== NIL && !(p instanceof Pair)) return false;
  for (const m of marks) knownLists.add(m);
  return true;
}

/** Records that `p` (the tail of a known list) is a list too: `rest` calls this on its result. */
export function rememberList(p: unknown): void {
  if (p instanceof Pair) knownLists.add(p);
}

/** True when `x` is already known to be a proper list (no walk). */
export function isKnownList(x: unknown): boolean {
  return x === NIL || (x instanceof Pair && knownLists.has(x));
}
