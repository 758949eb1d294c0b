// Failed calls become Scheme errors: `try`, `with-handlers` and `map-async`'s `#:on-error` see
// them like any other error (never a string in place of a result).

import { Exn } from "@rlms/evaluator";
import { LlmCallError } from "./host.js";

/**
 * The Scheme error for a failed call. The message starts with the procedure's name, as Racket's
 * errors do; `kind` and `status` stay on the exception for the host (exit codes, the trace).
 */
export function callError(who: string, e: unknown): unknown {
  if (e instanceof Exn) return e;
  if (e instanceof LlmCallError) {
    const exn = new Exn("exn:fail", `${who}: ${e.message}`);
    return Object.assign(exn, { callFailure: { kind: e.kind, status: e.status } });
  }
  // A host bug must still reach the program as an error, never take the process down.
  return new Exn("exn:fail", `${who}: internal error: ${e instanceof Error ? e.message : String(e)}`);
}

/** What went wrong in a failed call, when `e` is one. */
export function callFailure(e: unknown): { kind: string; status?: number } | undefined {
  return (e as { callFailure?: { kind: string; status?: number } } | null)?.callFailure;
}
