// A persistent hash array mapped trie: the storage of immutable hash tables.
//
// `hash-set` and `hash-remove` on an immutable table copy only the path from the root to the
// changed entry (at most 7 nodes of up to 32 slots), so building a table of n entries with a
// loop of `hash-set` costs O(n log n) instead of the O(n²) of copying the whole table each time.
// Every version stays valid and shares all untouched nodes with the others.
//
// Each leaf carries a sequence number so that tables can list their entries in insertion order
// (see `orderedLeaves`), as mutable tables do; a trie itself only knows hash-code order.

/** One entry. `seq` orders entries by first insertion (replacing a value keeps it). */
export class Leaf {
  constructor(
    readonly hash: number,
    readonly key: unknown,
    readonly value: unknown,
    readonly seq: number,
  ) {}
}

/** Entries whose 32-bit hash codes are all equal (compared with the table's equality). */
class Collision {
  constructor(
    readonly hash: number,
    readonly leaves: readonly Leaf[],
  ) {}
}

/** An interior node: `bitmap` says which of the 32 slots are present; `children` holds only those. */
export class Branch {
  constructor(
    readonly bitmap: number,
    readonly children: readonly Child[],
  ) {}
}

type Child = Leaf | Branch | Collision;

export const EMPTY_TRIE = new Branch(0, []);

const BITS = 5;
const MASK = 31;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export type Same = (a: unknown, b: unknown) => boolean;

export function lookup(root: Branch, hash: number, key: unknown, same: Same): Leaf | undefined {
  let node: Child = root;
  let shift = 0;
  for (;;) {
    if (node instanceof Branch) {
      const bit = 1 << ((hash >>> shift) & MASK);
      if ((node.bitmap & bit) === 0) return undefined;
      node = node.children[popcount(node.bitmap & (bit - 1))]!;
      shift += BITS;
    } else if (node instanceof Leaf) {
      return node.hash === hash && same(node.key, key) ? node : undefined;
    } else {
      if (node.hash !== hash) return undefined;
      for (const leaf of node.leaves) if (same(leaf.key, key)) return leaf;
      return undefined;
    }
  }
}

/** What an insertion did: `replaced` is the leaf the new one took the place of, if any. */
export interface InsertResult {
  replaced: Leaf | undefined;
}

/**
 * The trie with `leaf` in it (replacing an entry with an equal key), or `root` itself when the
 * entry is already there with an identical value. `leaf.seq` is used only for a new entry; a
 * replacing leaf keeps the sequence number of the one it replaces.
 */
export function insert(root: Branch, leaf: Leaf, same: Same, out: InsertResult): Branch {
  out.replaced = undefined;
  return insertInBranch(root, 0, leaf, same, out);
}

function insertInBranch(node: Branch, shift: number, leaf: Leaf, same: Same, out: InsertResult): Branch {
  const bit = 1 << ((leaf.hash >>> shift) & MASK);
  const index = popcount(node.bitmap & (bit - 1));
  if ((node.bitmap & bit) === 0) {
    const old = node.children;
    const children = new Array<Child>(old.length + 1);
    for (let i = 0; i < index; i++) children[i] = old[i]!;
    children[index] = leaf;
    for (let i = index; i < old.length; i++) children[i + 1] = old[i]!;
    return new Branch(node.bitmap | bit, children);
  }
  const child = node.children[index]!;
  let updated: Child;
  if (child instanceof Branch) {
    updated = insertInBranch(child, shift + BITS, leaf, same, out);
  } else if (child instanceof Leaf) {
    if (child.hash === leaf.hash && same(child.key, leaf.key)) {
      if (child.value === leaf.value && child.key === leaf.key) return node;
      out.replaced = child;
      updated = new Leaf(leaf.hash, leaf.key, leaf.value, child.seq);
    } else {
      updated = merge(child, leaf, shift + BITS);
    }
  } else if (child.hash === leaf.hash) {
    updated = insertInCollision(child, leaf, same, out);
  } else {
    updated = merge(child, leaf, shift + BITS);
  }
  if (updated === child) return node;
  const children = node.children.slice();
  children[index] = updated;
  return new Branch(node.bitmap, children);
}

function insertInCollision(node: Collision, leaf: Leaf, same: Same, out: InsertResult): Collision {
  const i = node.leaves.findIndex((l) => same(l.key, leaf.key));
  if (i < 0) return new Collision(node.hash, [...node.leaves, leaf]);
  const old = node.leaves[i]!;
  if (old.value === leaf.value && old.key === leaf.key) return node;
  out.replaced = old;
  const leaves = node.leaves.slice();
  leaves[i] = new Leaf(leaf.hash, leaf.key, leaf.value, old.seq);
  return new Collision(node.hash, leaves);
}

/** A subtree holding `a` (a leaf or collision) and the new leaf `b`, whose hash differs or whose key does. */
function merge(a: Leaf | Collision, b: Leaf, shift: number): Branch | Collision {
  if (a.hash === b.hash) return new Collision(a.hash, a instanceof Leaf ? [a, b] : [...a.leaves, b]);
  // Two different 32-bit hashes differ in some 5-bit fragment by shift 30, so this terminates.
  const fa = (a.hash >>> shift) & MASK;
  const fb = (b.hash >>> shift) & MASK;
  if (fa === fb) return new Branch(1 << fa, [merge(a, b, shift + BITS)]);
  return new Branch((1 << fa) | (1 << fb), fa < fb ? [a, b] : [b, a]);
}

/** The trie without the entry for `key`, or `root` itself when there is none. */
export function remove(root: Branch, hash: number, key: unknown, same: Same): Branch {
  const r = removeFromBranch(root, 0, hash, key, same);
  if (r === undefined) return EMPTY_TRIE;
  // The root stays a Branch even when one leaf or collision is left.
  return r instanceof Branch ? r : insertChild(r);
}

function insertChild(child: Leaf | Collision): Branch {
  const bit = 1 << (child.hash & MASK);
  return new Branch(bit, [child]);
}

/** The branch without the key: the same node when absent, undefined when nothing is left. */
function removeFromBranch(node: Branch, shift: number, hash: number, key: unknown, same: Same): Child | undefined {
  const bit = 1 << ((hash >>> shift) & MASK);
  if ((node.bitmap & bit) === 0) return node;
  const index = popcount(node.bitmap & (bit - 1));
  const child = node.children[index]!;
  let updated: Child | undefined;
  if (child instanceof Branch) {
    updated = removeFromBranch(child, shift + BITS, hash, key, same);
  } else if (child instanceof Leaf) {
    if (child.hash !== hash || !same(child.key, key)) return node;
    updated = undefined;
  } else {
    if (child.hash !== hash) return node;
    const i = child.leaves.findIndex((l) => same(l.key, key));
    if (i < 0) return node;
    const leaves = child.leaves.filter((_, j) => j !== i);
    updated = leaves.length === 1 ? leaves[0]! : new Collision(child.hash, leaves);
  }
  if (updated === child) return node;
  if (updated === undefined) {
    if (node.children.length === 1) return undefined;
    const rest = node.children.filter((_, j) => j !== index);
    // A branch left with a single leaf or collision is replaced by it (lookups match full hashes).
    if (rest.length === 1 && !(rest[0] instanceof Branch)) return rest[0];
    return new Branch(node.bitmap & ~bit, rest);
  }
  if (node.children.length === 1 && !(updated instanceof Branch)) return updated;
  const children = node.children.slice();
  children[index] = updated;
  return new Branch(node.bitmap, children);
}

/** Calls `f` on every leaf, in trie (hash) order. */
export function forEachLeaf(root: Branch, f: (leaf: Leaf) => void): void {
  const stack: Child[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node instanceof Leaf) f(node);
    else if (node instanceof Branch) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    else for (const leaf of node.leaves) f(leaf);
  }
}

/**
 * The leaves in insertion order. Sequence numbers lie in [0, nextSeq); when they are dense
 * enough, placing each leaf at its number is linear, otherwise (after many removals) we sort.
 */
export function orderedLeaves(root: Branch, count: number, nextSeq: number): Leaf[] {
  const out: Leaf[] = [];
  if (nextSeq <= 4 * count + 64) {
    const slots = new Array<Leaf | undefined>(nextSeq);
    forEachLeaf(root, (leaf) => (slots[leaf.seq] = leaf));
    for (const leaf of slots) if (leaf !== undefined) out.push(leaf);
    return out;
  }
  forEachLeaf(root, (leaf) => out.push(leaf));
  return out.sort((a, b) => a.seq - b.seq);
}
