// Making hash tables: `hash` and friends from alternating keys and values, `make-hash` and
// friends from association lists.

import { HashTable, type HashKind } from "@rlms/reader";
import { contractFields, definePrimitive, errorValue, type Primitive } from "@rlms/evaluator";
import { assocEntries } from "./checks.js";

/** `(hash k v ...)`: an immutable table; a later duplicate key wins. */
function fromKeysAndValues(name: string, kind: HashKind): Primitive {
  return definePrimitive(name, [0, Infinity], (...kvs: unknown[]) => {
    if (kvs.length % 2 === 1) {
      throw contractFields(name, "key does not have a value (i.e., an odd number of arguments were provided)", [
        ["key", errorValue(kvs[kvs.length - 1])],
      ]);
    }
    const t = new HashTable(kind, false);
    for (let i = 0; i < kvs.length; i += 2) t.set(kvs[i], kvs[i + 1]);
    return t;
  });
}

/** `(make-hash [assocs])` and `(make-immutable-hash [assocs])`. */
function fromAssocs(name: string, kind: HashKind, mutable: boolean): Primitive {
  return definePrimitive(name, [0, 1], (assocs: unknown = undefined) => {
    const t = new HashTable(kind, mutable);
    if (assocs !== undefined) for (const p of assocEntries(name, assocs)) t.set(p.car, p.cdr);
    return t;
  });
}

const KINDS: ReadonlyArray<readonly [string, HashKind]> = [
  ["", "equal"],
  ["eq", "eq"],
  ["eqv", "eqv"],
];

export const CONSTRUCT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = KINDS.flatMap(([suffix, kind]) => [
  [`hash${suffix}`, fromKeysAndValues(`hash${suffix}`, kind)] as const,
  [`make-hash${suffix}`, fromAssocs(`make-hash${suffix}`, kind, true)] as const,
  [`make-immutable-hash${suffix}`, fromAssocs(`make-immutable-hash${suffix}`, kind, false)] as const,
  // Weak tables hold their keys strongly here: a sandbox run is short, and the only observable
  // difference is memory (and `hash-weak?`, which answers #f).
  [`make-weak-hash${suffix}`, fromAssocs(`make-weak-hash${suffix}`, kind, true)] as const,
]);
