// The element order of sets: Racket's hash-trie order for immutable sets (checked against
// Racket's own printing in set.json) must not depend on how a set was built, and the shortcut
// that keeps a set's order when set-rest removes an element must agree with laying the smaller
// set out again. (Mutable tables' bucket order is tested in the reader: hash-order.test.ts.)

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Char, NIL, Pair, orderWithout, racketOrder, sym, type HashCodeCache } from "@rlms/reader";

/** Elements whose Racket hash codes rlms reproduces. */
const element = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom("a", "b", "c", "x", "y").map(sym),
  fc.integer({ min: 32, max: 0x2fff }).map((c) => Char.of(c)),
  fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => new Pair(a, new Pair(b, NIL))),
);

const distinct = (xs: unknown[]): unknown[] => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = typeof x === "object" && x !== null ? JSON.stringify(x) + String(x) : typeof x + String(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

describe("Racket's set order", () => {
  it("depends on the elements, not on the order they were added in", () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 60 }).map(distinct), fc.infiniteStream(fc.nat()), (xs, seeds) => {
        const shuffled = xs.slice();
        const it = seeds[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = it.next().value! % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        expect(racketOrder(shuffled, "equal")).toEqual(racketOrder(xs, "equal"));
      }),
      { numRuns: 300 },
    );
  });

  it("is kept by removing an element only when laying the set out again gives the same", () => {
    let shortcuts = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -500, max: 5000 }), { minLength: 1, maxLength: 200 }).map(distinct), fc.nat(), (xs, pick) => {
        const cache: HashCodeCache = new Map();
        const order = racketOrder(xs, "equal", cache)!;
        const x = order[pick % order.length];
        const kept = orderWithout(order, x, "equal", cache);
        const again = racketOrder(order.filter((y) => y !== x), "equal");
        if (kept !== undefined) {
          shortcuts++;
          expect(kept).toEqual(again);
        }
      }),
      { numRuns: 500 },
    );
    // The shortcut is taken often enough for this test to mean something.
    expect(shortcuts).toBeGreaterThan(100);
  });

  it("keeps insertion order when an element has no reproducible hash code", () => {
    expect(racketOrder([3, { opaque: true }, 1], "equal")).toBeUndefined();
    expect(racketOrder(["s", "t"], "eq")).toBeUndefined();
  });
});
