// Racket's exception values. `raise` can carry any value; errors raised by the runtime and the
// library are Exn values whose kind follows Racket's struct hierarchy (exn:fail:contract:arity is
// an exn:fail:contract is an exn:fail is an exn), so predicates like `exn:fail:contract?` work.
//
// Exn deliberately does not extend JS Error: capturing a JS stack costs microseconds, and Scheme
// programs raise and catch errors in loops. The Scheme backtrace is attached by the machine.

import { print, type SourceLocation } from "@rlms/reader";

export type ExnKind =
  | "exn"
  | "exn:break"
  | "exn:fail"
  | "exn:fail:contract"
  | "exn:fail:contract:arity"
  | "exn:fail:contract:divide-by-zero"
  | "exn:fail:contract:variable"
  | "exn:fail:contract:non-fixnum-result"
  | "exn:fail:contract:blame"
  | "exn:fail:syntax"
  | "exn:fail:read"
  | "exn:fail:user"
  | "exn:fail:unsupported"
  | "exn:fail:resource"
  | "exn:fail:filesystem";

/** One line of a Scheme backtrace: a procedure name (if known) and where it was executing. */
export interface BacktraceEntry {
  readonly name: string | undefined;
  readonly loc: SourceLocation | undefined;
}

export class Exn {
  /** Where the failing call is in the source, when the machine knows it. */
  srcloc: SourceLocation | undefined;
  /** The procedure whose code contains that call (for the first line of the backtrace). */
  procedure: string | undefined;
  /** Innermost first. Filled in by the machine when the exception is raised. */
  backtrace: readonly BacktraceEntry[] | undefined;

  constructor(
    readonly kind: ExnKind,
    readonly message: string,
    srcloc?: SourceLocation,
  ) {
    this.srcloc = srcloc;
  }

  /** Records where the error happened, unless an inner call already did. */
  locate(loc: SourceLocation | undefined, procedure: string | undefined): this {
    if (this.srcloc === undefined) {
      this.srcloc = loc;
      this.procedure = procedure;
    }
    return this;
  }

  /** True when this exception is an instance of `kind` (or one of its subtypes). */
  is(kind: ExnKind): boolean {
    return this.kind === kind || this.kind.startsWith(kind + ":");
  }
}

/** Racket's `error-print-width`: how much of a value an error message shows. */
const ERROR_PRINT_WIDTH = 256;

/** A value as error messages show it (Racket's print form, truncated). */
export function errorValue(v: unknown): string {
  const s = print(v);
  return s.length > ERROR_PRINT_WIDTH ? s.slice(0, ERROR_PRINT_WIDTH - 3) + "..." : s;
}

/** `who: contract violation / expected: ... / given: ...` */
export function contractViolation(who: string, expected: string, given: unknown): Exn {
  return new Exn("exn:fail:contract", `${who}: contract violation\n  expected: ${expected}\n  given: ${errorValue(given)}`);
}

/** Racket's layout for errors with named fields: `who: message\n  field: value...`. */
export function contractFields(who: string, message: string, fields: ReadonlyArray<readonly [string, string]>): Exn {
  const lines = fields.map(([k, v]) => `\n  ${k}: ${v}`).join("");
  return new Exn("exn:fail:contract", `${who}: ${message}${lines}`);
}

export function divideByZero(who: string): Exn {
  return new Exn("exn:fail:contract:divide-by-zero", `${who}: division by zero`);
}

/** `vector-ref: index is out of range / index: 5 / valid range: [0, 2] / vector: '#(1 2 3)` */
export function indexOutOfRange(who: string, what: string, index: unknown, length: number, container: unknown): Exn {
  // Racket omits the range line for an empty container.
  if (length === 0) return contractFields(who, `index is out of range for empty ${what}`, [["index", errorValue(index)], [what, errorValue(container)]]);
  return contractFields(who, "index is out of range", [
    ["index", errorValue(index)],
    ["valid range", `[0, ${length - 1}]`],
    [what, errorValue(container)],
  ]);
}

/** `f: arity mismatch; ...` as Racket words it. `expected` is already formatted ("1", "at least 2"). */
export function arityMismatch(who: string, expected: string | undefined, given: number): Exn {
  const exp = expected === undefined ? "" : `\n  expected: ${expected}`;
  return new Exn(
    "exn:fail:contract:arity",
    `${who}: arity mismatch;\n the expected number of arguments does not match the given number${exp}\n  given: ${given}`,
  );
}

/** A plain `exn:fail` with a message. */
export function fail(message: string): Exn {
  return new Exn("exn:fail", message);
}

/** For host facilities a sandbox does not have (files, processes, network, exit). */
export function unsupported(who: string, what: string): Exn {
  return new Exn("exn:fail:unsupported", `${who}: ${what} is not available in the rlms sandbox`);
}
