// How a run's error looks: FILE:LINE:COL, Racket's message, then a Scheme backtrace. Run results
// carry the parts as fields (ErrorReport); the CLI prints them with formatReport.

import { formatLocation, print } from "@rlms/reader";
import { Exn, ProgramAborted } from "@rlms/evaluator";

/** A run's error as data: message, exception kind, location and backtrace lines. */
export interface ErrorReport {
  readonly message: string;
  /** The exception's struct type (`exn:fail:contract`), or "raise" for a raised non-exception. */
  readonly kind: string;
  readonly location: string | null;
  readonly backtrace: readonly string[];
}

export function errorReport(err: unknown): ErrorReport {
  // An abort to the default prompt that reached the top: the thunk it carried has run, and
  // Racket ends the program with status 1 and no message.
  if (err instanceof ProgramAborted) return { message: "", kind: "abort", location: null, backtrace: [] };
  if (!(err instanceof Exn)) return { message: `uncaught exception: ${print(err)}`, kind: "raise", location: null, backtrace: [] };
  return {
    message: err.message,
    kind: err.kind,
    location: err.srcloc !== undefined ? formatLocation(err.srcloc) : null,
    backtrace: (err.backtrace ?? [])
      .filter((b) => b.loc !== undefined || b.name !== undefined)
      .map((b) => `${b.name ?? "(top level)"}${b.loc !== undefined ? ` at ${formatLocation(b.loc)}` : ""}`),
  };
}

/** The report as the CLI prints it ("" when there is nothing to print: see ProgramAborted). */
export function formatReport(r: ErrorReport): string {
  if (r.message === "") return "";
  let text = `${r.location !== null ? `${r.location}: ` : ""}${r.message}`;
  if (r.backtrace.length > 0) {
    text += "\n  backtrace:";
    for (const line of r.backtrace.slice(0, 12)) text += `\n   ${line}`;
    if (r.backtrace.length > 12) text += `\n   ... (${r.backtrace.length - 12} more)`;
  }
  return text;
}
