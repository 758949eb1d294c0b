// Runs the programs of a recorded syntax fixture (fixtures/<area>.json, made by
// fixtures/syntax-oracle.rkt from fixtures/<area>-cases.scm) and compares what each printed and
// returned with what Racket 8.7 did.
//
// The programs of one fixture share an evaluator (a fresh one costs the whole Scheme library's
// load, ~100 ms): a program may redefine what an earlier one defined, which top-level
// redefinition allows, so cases must not rely on a name being unbound or shadow library names.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMPTY_DYNAMIC_STATE, Exn, type Evaluator, type RunResult } from "@rlms/evaluator";
import { OutputPort, createEvaluator, currentOutputPort } from "@rlms/primitives";
import { write } from "@rlms/reader";

export interface RecordedCase {
  readonly name: string;
  readonly code: string;
  readonly output: string;
  readonly result: string;
}

/**
 * Where rlms differs from Racket. `output`/`result`: a deliberate difference, what rlms gives
 * instead. `pending`: a known bug outside this area (the case is expected to fail until fixed).
 */
export interface Deviation {
  readonly output?: string;
  readonly result?: string;
  readonly why?: string;
  readonly pending?: string;
}

export function loadFixture(area: string): RecordedCase[] {
  return JSON.parse(readFileSync(new URL(`./fixtures/${area}.json`, import.meta.url), "utf8")) as RecordedCase[];
}

function describeResult(raw: RunResult): string {
  switch (raw.status) {
    case "ok":
      return write(raw.value);
    case "error":
      return raw.error instanceof Exn ? `ERROR: ${raw.error.message}` : `UNCAUGHT: ${write(raw.error)}`;
    default:
      return raw.status.toUpperCase();
  }
}

/** Runs a program in `ev`: what it printed and its written value (or "ERROR: message"). */
export function runIn(ev: Evaluator, code: string): { output: string; result: string } {
  const output: string[] = [];
  const port = new OutputPort((t) => output.push(t), "stdout");
  const raw = ev.runSync(code, { source: "test.scm", dynamicState: EMPTY_DYNAMIC_STATE.withParameter(currentOutputPort, port), deadline: performance.now() + 10_000 });
  return { output: output.join(""), result: describeResult(raw) };
}

let sharedEvaluator: Evaluator | undefined;
/**
 * Runs a small program in an evaluator shared with the test file's other programs (see above:
 * they must not shadow library names). Thousands of programs in one evaluator should each bind
 * few local variables: an evaluator's binding table keeps every program's local bindings, and
 * expansion slows down as it grows.
 */
export function runShared(code: string): { output: string; result: string } {
  sharedEvaluator ??= createEvaluator();
  return runIn(sharedEvaluator, code);
}

export function fixtureSuite(area: string, deviations: Readonly<Record<string, Deviation>> = {}): void {
  const cases = loadFixture(area);
  describe(`${area}: programs recorded from Racket 8.7`, () => {
    let shared: Evaluator | undefined;
    const evaluator = () => (shared ??= createEvaluator());
    for (const c of cases) {
      const d = deviations[c.name];
      const test = d?.pending !== undefined ? it.fails : it;
      test(c.name, () => {
        const got = runIn(evaluator(), c.code);
        expect(got).toEqual({ output: d?.output ?? c.output, result: d?.result ?? c.result });
      });
    }
    it("every deviation names a recorded case", () => {
      const names = new Set(cases.map((c) => c.name));
      expect(Object.keys(deviations).filter((n) => !names.has(n))).toEqual([]);
    });
  });
}
