// Looking into hash tables: lookups, counts, listings and iteration positions.
//
// Listings follow Racket's orders (the reader's hash.ts): hash-keys and the iteration positions
// the iteration order, hash-values, hash->list, hash-map and hash-for-each the fold order (the
// two differ for immutable tables). When `try-order?` is true they are sorted, like Racket's,
// when all keys are orderable (booleans, chars, reals, symbols, keywords, strings...).

import { HashTable, NIL, Pair, Sym, list, sortForConstructor, type HashEntry } from "@rlms/reader";
import { MultipleValues, contractFields, contractViolation, definePrimitive, errorValue } from "@rlms/evaluator";
import { checkHash } from "./checks.js";

const hashHasKey = definePrimitive("hash-has-key?", 2, (h: unknown, k: unknown) => checkHash("hash-has-key?", h, [h, k]).has(k));
const hashCount = definePrimitive("hash-count", 1, (h: unknown) => checkHash("hash-count", h).size);
const hashEmpty = definePrimitive("hash-empty?", 1, (h: unknown) => checkHash("hash-empty?", h).size === 0);

/** The entries in iteration (or fold) order, sorted as Racket's `try-order?` asks when it is true. */
function listing(who: string, h: unknown, tryOrder: unknown, fold = false): readonly HashEntry[] {
  const t = checkHash(who, h);
  const entries = fold ? t.foldEntryList() : t.entryList();
  return tryOrder === undefined || tryOrder === false ? entries : sortForConstructor(entries.map((e) => [e[0], e[1]]));
}

function listOf<T>(items: readonly T[], f: (x: T) => unknown): unknown {
  let out: unknown = NIL;
  for (let i = items.length - 1; i >= 0; i--) out = new Pair(f(items[i]!), out);
  return out;
}

const hashKeys = definePrimitive("hash-keys", [1, 2], (h: unknown, tryOrder?: unknown) => listOf(listing("hash-keys", h, tryOrder), (e) => e[0]));
const hashValues = definePrimitive("hash-values", [1, 2], (h: unknown, tryOrder?: unknown) =>
  listOf(listing("hash-values", h, tryOrder, true), (e) => e[1]),
);
const hashToList = definePrimitive("hash->list", [1, 2], (h: unknown, tryOrder?: unknown) =>
  listOf(listing("hash->list", h, tryOrder, true), (e) => new Pair(e[0], e[1])),
);

/**
 * `(%hash-entries who h try-order?)`: keys and values alternating in one list, in iteration
 * order, for the procedures of hash.scm to walk without allocating a pair per entry;
 * `%hash-fold-entries` the same in fold order, for hash-map and hash-for-each.
 */
function flatEntries(who: unknown, h: unknown, tryOrder: unknown, fold: boolean): unknown {
  const entries = listing(who instanceof Sym ? who.name : "hash-map", h, tryOrder, fold);
  const flat: unknown[] = [];
  for (const [k, v] of entries) flat.push(k, v);
  return list(flat);
}

const hashEntries = definePrimitive("%hash-entries", 3, (who: unknown, h: unknown, tryOrder: unknown) => flatEntries(who, h, tryOrder, false));
const hashFoldEntries = definePrimitive("%hash-fold-entries", 3, (who: unknown, h: unknown, tryOrder: unknown) => flatEntries(who, h, tryOrder, true));

const kindTest = (name: string, test: (t: HashTable) => boolean) => definePrimitive(name, 1, (h: unknown) => test(checkHash(name, h)));

const hashKeysSubset = definePrimitive("hash-keys-subset?", 2, (a: unknown, b: unknown) => {
  const t1 = checkHash("hash-keys-subset?", a);
  const t2 = checkHash("hash-keys-subset?", b);
  if (t1.kind !== t2.kind) {
    throw contractFields("hash-keys-subset?", "given hash tables do not use the same key comparison", [
      ["first table", errorValue(t1)],
      ["second table", errorValue(t2)],
    ]);
  }
  if (t1.size > t2.size) return false;
  for (const [k] of t1.entryList()) if (!t2.has(k)) return false;
  return true;
});

// ---- iteration positions: indexes into the table's entry list --------------------------------

function position(who: string, t: HashTable, i: unknown): HashEntry {
  if (!(typeof i === "number" && Number.isInteger(i) && i >= 0) && typeof i !== "bigint") {
    throw contractViolation(who, "exact-nonnegative-integer?", i);
  }
  const entries = t.entryList();
  const e = typeof i === "number" ? entries[i] : undefined;
  if (e === undefined) throw contractFields(who, "no element at index", [["index", errorValue(i)]]);
  return e;
}

const iterateFirst = definePrimitive("hash-iterate-first", 1, (h: unknown) => (checkHash("hash-iterate-first", h).size > 0 ? 0 : false));
const iterateNext = definePrimitive("hash-iterate-next", 2, (h: unknown, i: unknown) => {
  const t = checkHash("hash-iterate-next", h, [h, i]);
  position("hash-iterate-next", t, i);
  const next = (i as number) + 1;
  return next < t.size ? next : false;
});
const iterateKey = definePrimitive("hash-iterate-key", [2, 3], (h: unknown, i: unknown) => position("hash-iterate-key", checkHash("hash-iterate-key", h, [h, i]), i)[0]);
const iterateValue = definePrimitive("hash-iterate-value", [2, 3], (h: unknown, i: unknown) => position("hash-iterate-value", checkHash("hash-iterate-value", h, [h, i]), i)[1]);
const iteratePair = definePrimitive("hash-iterate-pair", [2, 3], (h: unknown, i: unknown) => {
  const [k, v] = position("hash-iterate-pair", checkHash("hash-iterate-pair", h, [h, i]), i);
  return new Pair(k, v);
});
const iterateKeyValue = definePrimitive("hash-iterate-key+value", [2, 3], (h: unknown, i: unknown) => {
  const [k, v] = position("hash-iterate-key+value", checkHash("hash-iterate-key+value", h, [h, i]), i);
  return new MultipleValues([k, v]);
}).returnsMultipleValues();

export const QUERY_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["%hash-entries", hashEntries],
  ["%hash-fold-entries", hashFoldEntries],
  ["hash-has-key?", hashHasKey],
  ["hash-count", hashCount],
  ["hash-empty?", hashEmpty],
  ["hash-keys", hashKeys],
  ["hash-values", hashValues],
  ["hash->list", hashToList],
  ["hash-equal?", kindTest("hash-equal?", (t) => t.kind === "equal")],
  ["hash-eqv?", kindTest("hash-eqv?", (t) => t.kind === "eqv")],
  ["hash-eq?", kindTest("hash-eq?", (t) => t.kind === "eq")],
  ["hash-weak?", kindTest("hash-weak?", () => false)],
  ["hash-strong?", kindTest("hash-strong?", () => true)],
  ["hash-ephemeron?", kindTest("hash-ephemeron?", () => false)],
  ["hash-keys-subset?", hashKeysSubset],
  ["hash-iterate-first", iterateFirst],
  ["hash-iterate-next", iterateNext],
  ["hash-iterate-key", iterateKey],
  ["hash-iterate-value", iterateValue],
  ["hash-iterate-pair", iteratePair],
  ["hash-iterate-key+value", iterateKeyValue],
];
