// ~r against Racket 8.7 on 3,000 random numbers (flonums of every magnitude, exact integers and
// fractions) with random #:precision, #:notation and #:base, recorded in fixtures/format-real.json
// by fixtures/format-real.rkt. Calls the primitive directly: no evaluator needed.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NIL, Pair, readOne, sym } from "@rlms/reader";
import type { KeywordPrimitive } from "@rlms/evaluator";
import { REAL_FORMAT_PRIMITIVES } from "../src/format/real-format.js";

type Case = [string, number, boolean, string, number, string];
const cases = JSON.parse(readFileSync(new URL("./fixtures/format-real.json", import.meta.url), "utf8")) as Case[];
const realFormat = REAL_FORMAT_PRIMITIVES[0]![1] as KeywordPrimitive;

describe("~r agrees with Racket", () => {
  it(`on ${cases.length} random numbers and options`, () => {
    const bad: string[] = [];
    for (const [text, precision, exactly, notation, base, want] of cases) {
      const kws = new Map<string, unknown>([
        ["precision", exactly ? new Pair(sym("="), new Pair(precision, NIL)) : precision],
        ["notation", sym(notation)],
        ["base", base],
      ]);
      const got = realFormat.fn([readOne(text)], kws);
      if (got !== want) bad.push(`(~r ${text} #:precision ${exactly ? `'(= ${precision})` : precision} #:notation '${notation} #:base ${base}): ${String(got)} want ${want}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
