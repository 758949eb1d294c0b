// Removing and finding elements by one of the built-in equalities: remq remv remove, remq* remv*
// remove*, remove-duplicates, index-of, indexes-of. With a procedure argument these call back into
// Scheme and are defined in scheme/lists.scm, which uses the `%`-named forms below for the
// built-in equalities.

import { HashTable, NIL, Pair, Sym, isEq, isEqual, isEqv, type HashKind } from "@rlms/reader";
import { definePrimitive } from "@rlms/evaluator";
import { checkList, checkListAt, elements, listOf } from "./checks.js";

type Same = (a: unknown, b: unknown) => boolean;

/**
 * Racket's do-remove: the list without its first element `same` as `item`. The part after the
 * removed element is shared, and a list without a match is returned as it is.
 */
function removeFirst(who: string, same: Same, item: unknown, l: unknown): unknown {
  checkList(who, l);
  const prefix: unknown[] = [];
  for (let p = l; p instanceof Pair; p = p.cdr) {
    if (same(item, p.car)) return listOf(prefix, p.cdr);
    prefix.push(p.car);
  }
  return l;
}

/**
 * Racket's do-remove*: `r` without the elements `same` as some element of `l` (compared as
 * `(same l-element r-element)`), sharing the longest tail that loses nothing.
 */
function removeAll(who: string, same: Same, l: unknown, r: unknown): unknown {
  checkList(who, l);
  checkList(who, r);
  const drop = elements(l);
  const kept: unknown[] = [];
  let sharedFrom: unknown = r; // the tail after the last removed element
  let keptBefore = 0; // how many kept elements precede `sharedFrom`
  for (let p = r; p instanceof Pair; p = p.cdr) {
    const x = p.car;
    if (drop.some((d) => same(d, x))) {
      sharedFrom = p.cdr;
      keptBefore = kept.length;
    } else kept.push(x);
  }
  return listOf(kept, sharedFrom, 0, keptBefore);
}

const byName: Record<string, Same> = { remq: isEq, remv: isEqv, remove: isEqual };

const removeFirstPrimitives = Object.entries(byName).map(
  ([name, same]) => [name === "remove" ? "%remove" : name, definePrimitive(name, 2, (item: unknown, l: unknown) => removeFirst(name, same, item, l))] as const,
);

const removeAllPrimitives = Object.entries(byName).map(
  ([name, same]) =>
    [name === "remove" ? "%remove*" : `${name}*`, definePrimitive(`${name}*`, 2, (l: unknown, r: unknown) => removeAll(`${name}*`, same, l, r))] as const,
);

const HASH_KINDS: readonly string[] = ["equal", "eq", "eqv"] satisfies HashKind[];

/**
 * `(%remove-duplicates l keys kind)`: the elements of `l` whose key (the element itself when
 * `keys` is #f, else the matching element of the list `keys`) was not seen before, by the
 * equality `kind` ('equal, 'eq or 'eqv): first occurrences kept, in order.
 */
const removeDuplicates = definePrimitive("remove-duplicates", 3, (l: unknown, keys: unknown, kind: unknown) => {
  checkList("remove-duplicates", l);
  if (l === NIL || (l as Pair).cdr === NIL) return l;
  const seen = new HashTable(kind instanceof Sym && HASH_KINDS.includes(kind.name) ? (kind.name as HashKind) : "equal", true);
  const kept: unknown[] = [];
  let k = keys;
  for (let p = l; p instanceof Pair; p = p.cdr) {
    const key = keys === false ? p.car : (k as Pair).car;
    if (keys !== false) k = (k as Pair).cdr;
    if (!seen.has(key)) {
      seen.set(key, true);
      kept.push(p.car);
    }
  }
  return listOf(kept);
});

/**
 * `(%group-by-keys l keys kind)`: group-by for the built-in equalities, given the key of each
 * element: the classes in order of first appearance, each in the original order.
 */
const groupByKeys = definePrimitive("group-by", 3, (l: unknown, keys: unknown, kind: unknown) => {
  const classOf = new HashTable(kind instanceof Sym && HASH_KINDS.includes(kind.name) ? (kind.name as HashKind) : "equal", true);
  const classes: unknown[][] = [];
  let k = keys;
  for (let p = l; p instanceof Pair; p = p.cdr, k = (k as Pair).cdr) {
    const key = (k as Pair).car;
    let members = classOf.getOr(key, undefined) as unknown[] | undefined;
    if (members === undefined) {
      members = [];
      classes.push(members);
      classOf.set(key, members);
    }
    members.push(p.car);
  }
  return listOf(classes.map((c) => listOf(c)));
});

/** `(index-of l v)` and `(indexes-of l v)` with equal?; Racket compares `(equal? element v)`. */
const indexOf = definePrimitive("index-of", 2, (l: unknown, v: unknown) => {
  checkListAt("index-of", [l, v], 0);
  let i = 0;
  for (let p = l; p instanceof Pair; p = p.cdr, i++) if (isEqual(p.car, v)) return i;
  return false;
});

const indexesOf = definePrimitive("indexes-of", 2, (l: unknown, v: unknown) => {
  checkListAt("indexes-of", [l, v], 0);
  const found: number[] = [];
  let i = 0;
  for (let p = l; p instanceof Pair; p = p.cdr, i++) if (isEqual(p.car, v)) found.push(i);
  return listOf(found);
});

export const REMOVAL_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ...removeFirstPrimitives,
  ...removeAllPrimitives,
  ["%remove-duplicates", removeDuplicates],
  ["%group-by-keys", groupByKeys],
  ["%index-of", indexOf],
  ["%indexes-of", indexesOf],
];
