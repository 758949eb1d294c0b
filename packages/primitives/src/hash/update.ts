// Changing hash tables: in place for mutable ones (`hash-set!`), by a new version for immutable
// ones (`hash-set`, O(log n) and sharing structure: see HashTable.withSet).

import { VOID } from "@rlms/reader";
import { definePrimitive } from "@rlms/evaluator";
import { checkHash, oddAssociations } from "./checks.js";

const hashSet = definePrimitive("hash-set", 3, (h: unknown, k: unknown, v: unknown) =>
  checkHash("hash-set", h, [h, k, v], false).withSet(k, v),
);

const hashSetBang = definePrimitive("hash-set!", 3, (h: unknown, k: unknown, v: unknown) => {
  checkHash("hash-set!", h, [h, k, v], true).set(k, v);
  return VOID;
});

/** `(hash-set* h k v ...)` and `(hash-set*! h k v ...)`: pairs applied left to right. */
const hashSetStar = definePrimitive("hash-set*", [1, Infinity], (h: unknown, ...kvs: unknown[]) => {
  let t = checkHash("hash-set*", h, [h], false);
  if (kvs.length % 2 === 1) throw oddAssociations("hash-set*", kvs);
  for (let i = 0; i < kvs.length; i += 2) t = t.withSet(kvs[i], kvs[i + 1]);
  return t;
});

const hashSetStarBang = definePrimitive("hash-set*!", [1, Infinity], (h: unknown, ...kvs: unknown[]) => {
  const t = checkHash("hash-set*!", h, [h], true);
  if (kvs.length % 2 === 1) throw oddAssociations("hash-set*!", kvs);
  for (let i = 0; i < kvs.length; i += 2) t.set(kvs[i], kvs[i + 1]);
  return VOID;
});

const hashRemove = definePrimitive("hash-remove", 2, (h: unknown, k: unknown) =>
  checkHash("hash-remove", h, [h, k], false).withDelete(k),
);

const hashRemoveBang = definePrimitive("hash-remove!", 2, (h: unknown, k: unknown) => {
  checkHash("hash-remove!", h, [h, k], true).delete(k);
  return VOID;
});

const hashClear = definePrimitive("hash-clear", 1, (h: unknown) => checkHash("hash-clear", h, [h], false).emptyCopy());

const hashClearBang = definePrimitive("hash-clear!", 1, (h: unknown) => {
  checkHash("hash-clear!", h, [h], true).clear();
  return VOID;
});

/** `hash-copy` always makes a mutable table, whatever it copies. */
const hashCopy = definePrimitive("hash-copy", 1, (h: unknown) => checkHash("hash-copy", h).copy(true));

/** An empty table like `h` (kind and mutability). */
const hashCopyClear = definePrimitive("hash-copy-clear", 1, (h: unknown) => checkHash("hash-copy-clear", h).emptyCopy());

export const UPDATE_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["hash-set", hashSet],
  ["hash-set!", hashSetBang],
  ["hash-set*", hashSetStar],
  ["hash-set*!", hashSetStarBang],
  ["hash-remove", hashRemove],
  ["hash-remove!", hashRemoveBang],
  ["hash-clear", hashClear],
  ["hash-clear!", hashClearBang],
  ["hash-copy", hashCopy],
  ["hash-copy-clear", hashCopyClear],
];

