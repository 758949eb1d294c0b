// `sort`, `vector-sort` and `vector-sort!` when the comparator (and the key, if any) are
// primitives: the same algorithm as Racket's (racket/private/sort.rkt, Juszczak's half-copying
// merge sort, by Eli Barzilay), run in TypeScript and calling the primitives' functions directly.
// Following Racket step by step makes the result identical to Racket's even for a comparator that
// is not a strict order (`<=`), and the comparisons happen in the same order, so the same one
// fails first (`(sort '(1 a) <)`). A comparator written in Scheme goes through the Scheme port of
// the same algorithm in scheme/lists.scm instead, so that continuations and fuel work as usual.

import { NIL, Pair, VOID } from "@rlms/reader";
import { Primitive, definePrimitive } from "@rlms/evaluator";
import { listOf } from "./checks.js";

type Less = (a: unknown, b: unknown) => boolean;

/** A procedure TypeScript may call directly: a synchronous primitive. */
export function isNativeProcedure(f: unknown): f is Primitive {
  return f instanceof Primitive && !f.async;
}

function call1(f: Primitive): (x: unknown) => unknown {
  return f.fn as (x: unknown) => unknown;
}

/** `(less? a b)`, or `(less? (key a) (key b))`, as a JS predicate. */
function comparator(less: Primitive, key: Primitive | undefined): Less {
  const lt = less.fn as (a: unknown, b: unknown) => unknown;
  if (key === undefined) return (a, b) => lt(a, b) !== false;
  const k = call1(key);
  return (a, b) => lt(k(a), k(b)) !== false;
}

/**
 * Racket's sort-internal: sorts A[0, n) in place, using A[n, n + ceil(n/2)) as scratch space.
 */
function sortInternal(A: unknown[], n: number, lt: Less): void {
  const merge = (lo: boolean, a1: number, b1: number, b2: number, c1: number): void => {
    for (;;) {
      const x = A[a1];
      const y = A[b1];
      if (lo ? !lt(y, x) : lt(x, y)) {
        A[c1++] = x;
        a1++;
        if (c1 >= b1) return;
      } else {
        A[c1++] = y;
        b1++;
        if (b2 <= b1) {
          while (c1 < b1) A[c1++] = A[a1++];
          return;
        }
      }
    }
  };
  const insertionSort = (Alo: number, Blo: number, count: number): void => {
    A[Blo] = A[Alo];
    for (let i = 1; i < count; i++) {
      const refI = A[Alo + i];
      let j = Blo + i;
      while (Blo < j && lt(refI, A[j - 1])) {
        A[j] = A[j - 1];
        j--;
      }
      A[j] = refI;
    }
  };
  const copyingMergesort = (Alo: number, Blo: number, count: number): void => {
    if (count === 1) A[Blo] = A[Alo];
    else if (count === 2) {
      const x = A[Alo];
      const y = A[Alo + 1];
      if (lt(y, x)) {
        A[Blo] = y;
        A[Blo + 1] = x;
      } else {
        A[Blo] = x;
        A[Blo + 1] = y;
      }
    } else if (count < 16) insertionSort(Alo, Blo, count);
    else {
      const half = count >> 1;
      const halfUp = count - half;
      copyingMergesort(Alo + half, Blo + half, halfUp);
      copyingMergesort(Alo, Alo + halfUp, half);
      merge(true, Alo + halfUp, Blo + half, Blo + count, Blo);
    }
  };
  const half = n >> 1;
  const halfUp = n - half;
  copyingMergesort(half, n, halfUp);
  if (half !== 0) copyingMergesort(0, halfUp, half);
  merge(false, n, halfUp, n, 0);
}

/** The first `n` elements of `A`, sorted (with the scratch space Racket's sort needs). */
function sortArray(items: unknown[], lt: Less): unknown[] {
  const n = items.length;
  items.length = n + Math.ceil(n / 2);
  sortInternal(items, n, lt);
  items.length = n;
  return items;
}

/** Keys computed once each, in order, then the elements sorted by them (`#:cache-keys? #t`). */
function sortCached(items: unknown[], less: Primitive, key: Primitive): unknown[] {
  const k = call1(key);
  const decorated: unknown[] = items.map((x) => new Pair(k(x), x));
  const lt = less.fn as (a: unknown, b: unknown) => unknown;
  sortArray(decorated, (a, b) => lt((a as Pair).car, (b as Pair).car) !== false);
  return decorated.map((d) => (d as Pair).cdr);
}

/**
 * `(%sort-native lst less? key cache-keys?)`: Racket's list-sort-body. `key` is #f or a primitive
 * (and not `values`); the arguments were checked by `sort`.
 */
const sortNative = definePrimitive("sort", 4, (lst: unknown, less: Primitive, key: unknown, cache: unknown) => {
  if (lst === NIL) return lst;
  const getKey = key === false ? undefined : (key as Primitive);
  const items: unknown[] = [];
  for (let p = lst; p instanceof Pair; p = p.cdr) items.push(p.car);
  if (getKey !== undefined && cache !== false) return listOf(sortCached(items, less, getKey));
  const lt = comparator(less, getKey);
  // Already sorted (common, e.g. directory listings): the list itself.
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = !lt(items[i], items[i - 1]);
  if (sorted) return lst;
  const n = items.length;
  if (n === 2) return listOf([items[1], items[0]]);
  if (n === 3) {
    // Racket's inlined three-element case (the list is known to be unsorted).
    const [a, b, c] = items;
    if (lt(b, a)) {
      if (lt(c, b)) return listOf([c, b, a]);
      return lt(c, a) ? listOf([b, c, a]) : listOf([b, a, c]);
    }
    return lt(c, a) ? listOf([c, a, b]) : listOf([a, c, b]);
  }
  return listOf(sortArray(items, lt));
});

/**
 * `(%vector-sort-native! src less? start end key cache-keys? constructive?)`: Racket's
 * vector-sort-body. Sorts src[start, end) into a new vector (constructive, returned) or in place
 * (returns void). Arguments were checked by vector-sort / vector-sort!.
 */
const vectorSortNative = definePrimitive(
  "vector-sort",
  7,
  (src: unknown[], less: Primitive, start: number, end: number, key: unknown, cache: unknown, constructive: unknown) => {
    const n = end - start;
    const dst = constructive !== false ? new Array<unknown>(n) : src;
    const dstStart = constructive !== false ? 0 : start;
    const done = (): unknown => (constructive !== false ? dst : VOID);
    if (n === 0) return done();
    const getKey = key === false ? undefined : (key as Primitive);
    const items = src.slice(start, end);
    let result: unknown[];
    if (getKey !== undefined && cache !== false) result = sortCached(items, less, getKey);
    else {
      const lt = comparator(less, getKey);
      let sorted = true;
      for (let i = 1; i < n && sorted; i++) sorted = !lt(items[i], items[i - 1]);
      if (sorted) result = items;
      else if (n === 2) result = [items[1], items[0]];
      else if (n === 3) {
        const [a, b, c] = items;
        if (lt(b, a)) result = lt(c, b) ? [c, b, a] : lt(c, a) ? [b, c, a] : [b, a, c];
        else result = lt(c, a) ? [c, a, b] : [a, c, b];
      } else result = sortArray(items, lt);
    }
    for (let i = 0; i < n; i++) dst[dstStart + i] = result[i];
    return done();
  },
);

export const SORT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["%native-procedure?", definePrimitive("%native-procedure?", 1, isNativeProcedure)],
  ["%sort-native", sortNative],
  ["%vector-sort-native!", vectorSortNative],
];
