// Racket CS's hash codes, which decide the order in which Racket lists a hash table's entries
// (racket-order.ts, racket-buckets.ts): equal-hash-code and eqv-hash-code of 120 values, recorded
// from Racket 8.7 by fixtures/hash-codes.rkt into fixtures/hash-codes.json. Strings, symbols and
// fixnums take the fast paths (plain numbers), the rest the BigInt rules.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hashCodeValue, racketHashCode, readAll } from "../src/index.js";

interface Case {
  datum: string;
  equal: string;
  eqv: string | null;
}

const cases = JSON.parse(readFileSync(new URL("./fixtures/hash-codes.json", import.meta.url), "utf8")) as Case[];

/** Racket's hash codes are fixnums; ours are the same 61-bit values, signed. */
const code = (x: unknown, kind: "equal" | "eqv"): bigint | undefined => {
  const c = racketHashCode(x, kind);
  return c === undefined ? undefined : hashCodeValue(c);
};

describe("Racket CS hash codes", () => {
  it.each(cases.map((c) => [c.datum, c] as const))("equal-hash-code of %s", (_, c) => {
    const value = readAll(c.datum)[0];
    expect(code(value, "equal")).toBe(BigInt(c.equal));
  });

  it.each(cases.filter((c) => c.eqv !== null).map((c) => [c.datum, c] as const))("eqv-hash-code of %s", (_, c) => {
    const value = readAll(c.datum)[0];
    expect(code(value, "eqv")).toBe(BigInt(c.eqv!));
  });

  it("has no code for values whose Racket code is an address or a flonum hash", () => {
    expect(racketHashCode(readAll("1.5")[0], "equal")).toBeUndefined();
    expect(racketHashCode("str", "eqv")).toBeUndefined();
    expect(racketHashCode(readAll("(1 2.5)")[0], "equal")).toBeUndefined();
  });
});
