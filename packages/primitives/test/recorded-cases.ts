// Runs the expressions recorded from Racket by fixtures/record-cases.rkt (hash.json,
// function.json, json.json, misc.json) and compares printed values, output and error messages.
// One evaluator runs all the cases of a file: each case is a single expression, so they cannot
// see each other's definitions, and the suite stays fast.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMPTY_DYNAMIC_STATE, Exn, MultipleValues, type Evaluator } from "@rlms/evaluator";
import { OutputPort, createEvaluator, currentOutputPort } from "@rlms/primitives";
import { write } from "@rlms/reader";

export interface RecordedCase {
  expr: string;
  out: string;
  values?: string[];
  error?: string;
  message?: string;
}

export function loadCases(file: string): RecordedCase[] {
  const url = new URL(`./fixtures/${file}`, import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { cases: RecordedCase[] }).cases;
}

export interface Outcome {
  out: string;
  values?: string[];
  error?: string;
  message?: string;
}

let shared: Evaluator | undefined;

/** Evaluates one recorded expression the way record-cases.rkt does. */
export function outcome(expr: string): Outcome {
  shared ??= createEvaluator();
  const chunks: string[] = [];
  const port = new OutputPort((t) => chunks.push(t), "string");
  const raw = shared.runSync(expr, {
    source: "test.scm",
    dynamicState: EMPTY_DYNAMIC_STATE.withParameter(currentOutputPort, port),
    deadline: performance.now() + 10_000,
  });
  const out = chunks.join("");
  if (raw.status === "ok") {
    const values = raw.value instanceof MultipleValues ? raw.value.values.map((v) => write(v)) : [write(raw.value)];
    return { out, values };
  }
  if (raw.status === "error") {
    const e = raw.error;
    // The recorder reports a kind Racket has as its closest ancestor it knows.
    if (e instanceof Exn) return { out, error: recordedKind(e), message: e.message };
    return { out, error: "raise", message: write(e) };
  }
  return { out, error: raw.status, message: raw.message };
}

/** The most specific of record-cases.rkt's kinds that this exception is. */
function recordedKind(e: Exn): string {
  const kinds = [
    "exn:fail:contract:divide-by-zero",
    "exn:fail:contract:arity",
    "exn:fail:contract",
    "exn:fail:read",
    "exn:fail:unsupported",
    "exn:fail:user",
    "exn:fail",
    "exn",
  ] as const;
  return kinds.find((k) => e.is(k)) ?? "raise";
}

/**
 * Racket omits the "expected:" line of an arity error for a primitive with optional arguments
 * (`hash-ref: arity mismatch; ... given: 1`); the machine prints "expected: between 2 and 3"
 * for every primitive (reported to the evaluator). Compared without that line.
 */
export function withoutRangeArity(o: Outcome): Outcome {
  if (o.message === undefined) return o;
  return { ...o, message: o.message.replace(/\n {2}expected: between \d+ and \d+(?=\n {2}given: \d+$)/, "") };
}

/** A recorded case as the outcome it expects. */
export function expected(c: RecordedCase): Outcome {
  return c.values !== undefined ? { out: c.out, values: c.values } : { out: c.out, error: c.error!, message: c.message! };
}

/** One test per recorded expression of `file`. */
export function describeRecorded(title: string, file: string): void {
  describe(title, () => {
    for (const c of loadCases(file)) {
      it(c.expr, () => {
        expect(withoutRangeArity(outcome(c.expr))).toEqual(expected(c));
      });
    }
  });
}
