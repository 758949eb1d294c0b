// The shapes the pretty printer lays out. Like Racket's pretty.rkt, it lays out lists only: a
// vector, hash table, box or struct is first turned into a list of its parts (after a prefix such
// as `#` or `#hash` that the caller writes), and in `print` mode a container that must print as an
// expression becomes a list headed by its constructor's name: `(list 1 (p 2))`, `(hash 'a (p 1))`.

import { ABBREVIATIONS, HashTable, NIL, Pair, Sym, sortForConstructor, sym, symbolToWriteString } from "@rlms/reader";
import { OPAQUE, StructInstance } from "@rlms/evaluator";

/** A constructor name at the head of a list printed as an expression; written as is, never quoted. */
export class ConstructorName {
  readonly text: string;
  constructor(name: string) {
    this.text = symbolToWriteString(name);
  }
}

/**
 * A hash table entry's value: always printed after ` . `, so `(tags . (a b))` does not merge
 * into `(tags a b)` (Racket's `hide`).
 */
export class EntryValue {
  constructor(readonly value: unknown) {}
}

/** The `...` Racket shows for the fields of a struct's opaque levels. */
export const OPAQUE_FIELDS = OPAQUE;

export const LIST = new ConstructorName("list");
export const LIST_STAR = new ConstructorName("list*");
export const CONS = new ConstructorName("cons");
export const VECTOR = new ConstructorName("vector");
export const BOX = new ConstructorName("box");

export function listOf(items: readonly unknown[], tail: unknown = NIL): unknown {
  let l = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Pair(items[i], l);
  return l;
}

/** Racket's `list?`: a proper list, false for a cyclic spine. */
export function isProperList(v: Pair): boolean {
  let slow: unknown = v;
  let fast: unknown = v;
  for (;;) {
    if (fast === NIL) return true;
    if (!(fast instanceof Pair)) return false;
    fast = fast.cdr;
    if (fast === NIL) return true;
    if (!(fast instanceof Pair)) return false;
    fast = fast.cdr;
    slow = (slow as Pair).cdr;
    if (fast === slow) return false;
  }
}

/**
 * A pair printed as an expression (Racket's convert-pair): `(list a b)` for a proper list,
 * `(list* a b tail)` when the tail is a list that cannot be shown (improper, or labelled), `(cons
 * a b)` otherwise. `labelled` tells whether a pair carries a graph label, where the spine stops.
 */
export function pairAsExpression(v: Pair, labelled: (x: unknown) => boolean): unknown {
  if (isProperList(v)) return new Pair(LIST, new Pair(v.car, v.cdr));
  if (v.cdr instanceof Pair && !labelled(v.cdr)) {
    const items: unknown[] = [LIST_STAR, v.car];
    let rest: unknown = v.cdr;
    for (;;) {
      if (labelled(rest) || !(rest instanceof Pair)) {
        items.push(rest);
        break;
      }
      items.push(rest.car);
      rest = rest.cdr;
    }
    return listOf(items);
  }
  return listOf([CONS, v.car, v.cdr]);
}

export function vectorItems(v: readonly unknown[]): unknown {
  return listOf(v);
}

const HASH_PREFIX = { equal: "#hash", eq: "#hasheq", eqv: "#hasheqv" } as const;
const HASH_CONSTRUCTOR = { equal: new ConstructorName("hash"), eq: new ConstructorName("hasheq"), eqv: new ConstructorName("hasheqv") } as const;

export const hashPrefix = (h: HashTable): string => HASH_PREFIX[h.kind];

/**
 * A hash table's entries in the order of `hash-map` with try-order (keys sorted when they are all
 * orderable): `((k . v) ...)` as a datum, `(hash k v ...)` as an expression.
 */
export function hashItems(h: HashTable, asExpression: boolean): unknown {
  const entries = sortForConstructor(h.foldEntryList().map((e): [unknown, unknown] => [e[0], e[1]]));
  if (asExpression) return listOf([HASH_CONSTRUCTOR[h.kind], ...entries.flat()]);
  return listOf(entries.map(([k, v]) => new Pair(k, new EntryValue(v))));
}

/**
 * Structs laid out as lists: those whose fields printing shows (a transparent level) or prefab
 * ones, without a printer of their own (those print through it, on one line).
 */
export function isLaidOutStruct(v: unknown): v is StructInstance {
  return v instanceof StructInstance && v.type.customWrite === undefined && (v.type.partlyTransparent || v.type.prefabKey !== undefined);
}

export const isPrefab = (s: StructInstance): boolean => s.type.prefabKey !== undefined;

/**
 * A struct's parts (Racket's struct->vector): `(name field ...)` as an expression, else
 * `(struct:name field ...)` or, for a prefab struct, `(key field ...)` after `#` or `#s`.
 */
export function structItems(s: StructInstance, asExpression: boolean): unknown {
  const type = s.type;
  const fields = type.prefabKey !== undefined ? s.fields : type.visibleFields(s.fields);
  const head = asExpression ? new ConstructorName(type.name) : type.prefabKey !== undefined ? type.prefabKey : sym("struct:" + type.name);
  return listOf([head, ...fields]);
}

/** The abbreviation of `(quote x)` and the like (exactly one operand), or undefined. */
export function readMacroPrefix(v: Pair): string | undefined {
  if (!(v.car instanceof Sym)) return undefined;
  const d = v.cdr;
  if (!(d instanceof Pair) || d.cdr !== NIL) return undefined;
  return ABBREVIATIONS.get(v.car);
}
