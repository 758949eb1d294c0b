// How errors look: FILE:LINE:COL, Racket's message, then a Scheme backtrace (the CLI prints
// this text; run results carry the same parts as fields).

import { formatLocation, print } from "@rlms/reader";
import { Exn } from "@rlms/evaluator";

export function formatError(err: unknown): string {
  if (!(err instanceof Exn)) return `uncaught exception: ${print(err)}`;
  const where = err.srcloc !== undefined ? `${formatLocation(err.srcloc)}: ` : "";
  let text = `${where}${err.message}`;
  const frames = (err.backtrace ?? []).filter((b) => b.loc !== undefined || b.name !== undefined);
  if (frames.length > 0) {
    text += "\n  backtrace:";
    for (const b of frames.slice(0, 12)) {
      text += `\n   ${b.name ?? "(top level)"}${b.loc !== undefined ? ` at ${formatLocation(b.loc)}` : ""}`;
    }
    if (frames.length > 12) text += `\n   ... (${frames.length - 12} more)`;
  }
  return text;
}

/** The error's message alone (for --json). */
export function errorMessage(err: unknown): string {
  return err instanceof Exn ? err.message : `uncaught exception: ${print(err)}`;
}

/** A run's error as data: message, exception kind, location and backtrace lines. */
export interface ErrorReport {
  readonly message: string;
  /** The exception's struct type (`exn:fail:contract`), or "raise" for a raised non-exception. */
  readonly kind: string;
  readonly location: string | null;
  readonly backtrace: readonly string[];
}

export function errorReport(err: unknown): ErrorReport {
  if (!(err instanceof Exn)) return { message: errorMessage(err), kind: "raise", location: null, backtrace: [] };
  return {
    message: err.message,
    kind: err.kind,
    location: err.srcloc !== undefined ? formatLocation(err.srcloc) : null,
    backtrace: (err.backtrace ?? [])
      .filter((b) => b.loc !== undefined || b.name !== undefined)
      .map((b) => `${b.name ?? "(top level)"}${b.loc !== undefined ? ` at ${formatLocation(b.loc)}` : ""}`),
  };
}
