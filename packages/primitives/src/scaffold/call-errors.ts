// Failed calls become Scheme errors: `try`, `with-handlers` and `map-async`'s `#:on-error` see
// them like any other error (never a string in place of a result). They are `exn:fail:llm`
// structs (an `exn:fail`), whose `kind` and `status` fields say what went wrong.

import { Sym, sym } from "@rlms/reader";
import { Exn } from "@rlms/evaluator";
import { LlmCallError } from "./host.js";

/** The Scheme error for a failed call; the message starts with the procedure's name, as Racket's errors do. */
export function callError(who: string, e: unknown): unknown {
  if (e instanceof Exn) return e;
  if (e instanceof LlmCallError) return new Exn("exn:fail:llm", `${who}: ${e.message}`, undefined, [sym(e.kind), e.status ?? false]);
  // A host bug must still reach the program as an error, never take the process down.
  return new Exn("exn:fail:llm", `${who}: internal error: ${e instanceof Error ? e.message : String(e)}`, undefined, [sym("internal"), false]);
}

/** What went wrong in a failed call, when `e` is one. */
export function callFailure(e: unknown): { kind: string; status?: number } | undefined {
  if (!(e instanceof Exn) || e.kind !== "exn:fail:llm") return undefined;
  const [kind, status] = e.fields.slice(2) as [unknown, unknown];
  return { kind: kind instanceof Sym ? kind.name : String(kind), ...(typeof status === "number" && { status }) };
}
