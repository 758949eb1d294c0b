// Running Scheme in tests: one evaluator per call (fresh top level), output captured.

import { EMPTY_DYNAMIC_STATE, Exn, type Evaluator, type RunResult } from "@rlms/evaluator";
import { OutputPort, createEvaluator, currentOutputPort } from "@rlms/primitives";
import { formatLocation, write } from "@rlms/reader";

export interface Outcome {
  /** `write` of the value, or "ERROR: message" / "TIMEOUT" etc. */
  result: string;
  output: string;
  raw: RunResult;
}

let shared: Evaluator | undefined;
/** A fresh evaluator per call costs the prelude load (~ms); tests that define things pass `fresh`. */
function evaluator(fresh: boolean): Evaluator {
  if (fresh || shared === undefined) {
    const ev = createEvaluator();
    if (!fresh) shared = ev;
    return ev;
  }
  return shared;
}

function describe(raw: RunResult): string {
  switch (raw.status) {
    case "ok":
      return write(raw.value);
    case "error":
      return raw.error instanceof Exn ? `ERROR: ${raw.error.message}` : `UNCAUGHT: ${write(raw.error)}`;
    default:
      return raw.status.toUpperCase();
  }
}

function options(output: string[], extra: object) {
  const port = new OutputPort((t) => output.push(t), "stdout");
  // A deadline so that a test of a looping program fails instead of hanging the suite.
  return { source: "test.scm", dynamicState: EMPTY_DYNAMIC_STATE.withParameter(currentOutputPort, port), deadline: performance.now() + 20_000, ...extra };
}

/** Runs synchronously in a fresh evaluator. */
export function runScheme(code: string, extra: object = {}): Outcome {
  const output: string[] = [];
  const raw = evaluator(true).runSync(code, options(output, extra));
  return { result: describe(raw), output: output.join(""), raw };
}

/** Runs with the async scheduler (fibers may wait on Promises). */
export async function runSchemeAsync(code: string, extra: object = {}): Promise<Outcome> {
  const output: string[] = [];
  const raw = await evaluator(true).run(code, options(output, extra));
  return { result: describe(raw), output: output.join(""), raw };
}

/** Shorthand: the written value (or error line) of a program. */
export const ev = (code: string): string => runScheme(code).result;

/**
 * The same, in one evaluator shared by all calls (its top-level definitions persist): for
 * property tests that run a thousand programs, where a fresh library each time would dominate.
 */
export function evShared(code: string): string {
  const output: string[] = [];
  return describe(evaluator(false).runSync(code, options(output, {})));
}

/** Where an error points, as FILE:LINE:COL. */
export function errorLocation(o: Outcome): string | undefined {
  if (o.raw.status !== "error" || !(o.raw.error instanceof Exn) || o.raw.error.srcloc === undefined) return undefined;
  return formatLocation(o.raw.error.srcloc);
}
