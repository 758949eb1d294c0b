// Racket's exception values. `raise` can carry any value; errors raised by the runtime and the
// library are Exn values: struct instances whose type is one of Racket's exception struct types
// (exn:fail:contract:arity is an exn:fail:contract is an exn:fail is an exn), with Racket's
// fields (message, continuation marks, and e.g. `id` for exn:fail:contract:variable). A program's
// own `(struct my-error exn:fail (code))` makes instances of this class too (StructType's
// makeInstance is inherited), so the machine locates, traces and reports them alike.
//
// Exn deliberately does not extend JS Error: capturing a JS stack costs microseconds, and Scheme
// programs raise and catch errors in loops. The Scheme backtrace is attached by the machine.

import { NIL, isSchemeString, print, stringValue, type SourceLocation } from "@rlms/reader";
import { ContinuationMarkSet, EMPTY_MARK_SET } from "../values/marks.js";
import { MultipleValues } from "../values/procedures.js";
import { Primitive } from "../values/primitive.js";
import { StructInstance, StructType } from "../values/struct.js";

/** Racket's exception struct types (and rlms's exn:fail:resource and exn:fail:llm), with their own fields. */
const EXN_HIERARCHY = [
  ["exn", undefined, ["message", "continuation-marks"]],
  ["exn:fail", "exn", []],
  ["exn:fail:contract", "exn:fail", []],
  ["exn:fail:contract:arity", "exn:fail:contract", []],
  ["exn:fail:contract:divide-by-zero", "exn:fail:contract", []],
  ["exn:fail:contract:non-fixnum-result", "exn:fail:contract", []],
  ["exn:fail:contract:continuation", "exn:fail:contract", []],
  ["exn:fail:contract:variable", "exn:fail:contract", ["id"]],
  ["exn:fail:contract:blame", "exn:fail:contract", ["object"]],
  ["exn:fail:syntax", "exn:fail", ["exprs"]],
  ["exn:fail:syntax:unbound", "exn:fail:syntax", []],
  ["exn:fail:syntax:missing-module", "exn:fail:syntax", ["path"]],
  ["exn:fail:read", "exn:fail", ["srclocs"]],
  ["exn:fail:read:eof", "exn:fail:read", []],
  ["exn:fail:read:non-char", "exn:fail:read", []],
  ["exn:fail:filesystem", "exn:fail", []],
  ["exn:fail:filesystem:exists", "exn:fail:filesystem", []],
  ["exn:fail:filesystem:version", "exn:fail:filesystem", []],
  ["exn:fail:filesystem:errno", "exn:fail:filesystem", ["errno"]],
  ["exn:fail:filesystem:missing-module", "exn:fail:filesystem", ["path"]],
  ["exn:fail:network", "exn:fail", []],
  ["exn:fail:network:errno", "exn:fail:network", ["errno"]],
  ["exn:fail:out-of-memory", "exn:fail", []],
  ["exn:fail:unsupported", "exn:fail", []],
  ["exn:fail:user", "exn:fail", []],
  ["exn:break", "exn", ["continuation"]],
  ["exn:break:hang-up", "exn:break", []],
  ["exn:break:terminate", "exn:break", []],
  // Not Racket's: resource limits of the sandbox (a library procedure's stack overflow).
  ["exn:fail:resource", "exn:fail", []],
  // Not Racket's: a failed language-model call (the scaffold binds its predicate and accessors):
  // `kind` a symbol (http, connection, timeout, cancelled, budget, ...), `status` the HTTP status or #f.
  ["exn:fail:llm", "exn:fail", ["kind", "status"]],
] as const;

export type ExnKind = (typeof EXN_HIERARCHY)[number][0];

/** Exception types that are rlms's own: no Racket binding names them. */
export const RLMS_ONLY_EXN_KINDS: ReadonlySet<ExnKind> = new Set(["exn:fail:resource", "exn:fail:llm"]);

/** Racket's checks on the fields every exception has; `who` is the constructed type's name. */
export function checkExnFields(who: string, message: unknown, marks: unknown): void {
  if (!isSchemeString(message)) throw contractViolation(who, "string?", message);
  if (!(marks instanceof ContinuationMarkSet)) throw contractViolation(who, "continuation-mark-set?", marks);
}

/**
 * The guard of `exn` (applied by the constructor of every subtype a program defines, as struct
 * guards are): the fields' checks, named after the constructed type.
 */
const exnGuard = new Primitive("exn", [3, 3], ((message: unknown, marks: unknown, name: { name: string }) => {
  checkExnFields(name.name, message, marks);
  return new MultipleValues([message, marks]);
}) as (...args: never[]) => unknown);

const exnTypes = new Map<string, StructType>();
for (const [name, parent, fields] of EXN_HIERARCHY) {
  const parentType = parent === undefined ? undefined : exnTypes.get(parent);
  const guard = parent === undefined ? exnGuard : undefined;
  // Exception structs are transparent: they print with their fields, as Racket's do.
  exnTypes.set(name, new StructType(name, parentType, fields, 0, false, true, guard, parent === undefined ? (type, f) => new Exn(type, f) : undefined));
}

/** The struct type of a built-in exception kind. */
export function exnType(kind: ExnKind): StructType {
  return exnTypes.get(kind)!;
}

/** Every built-in exception type, parents before children. */
export function exnTypeList(): Array<{ kind: ExnKind; type: StructType }> {
  return EXN_HIERARCHY.map(([kind]) => ({ kind, type: exnTypes.get(kind)! }));
}

/** The value of a field an exception made by the runtime does not set (the exprs of a syntax error...). */
function defaultField(name: string): unknown {
  return name === "exprs" || name === "srclocs" ? NIL : false;
}

/** One line of a Scheme backtrace: a procedure name (if known) and where it was executing. */
export interface BacktraceEntry {
  readonly name: string | undefined;
  readonly loc: SourceLocation | undefined;
}

export class Exn extends StructInstance {
  /** Where the failing call is in the source, when the machine knows it. */
  srcloc: SourceLocation | undefined;
  /** The procedure whose code contains that call (for the first line of the backtrace). */
  procedure: string | undefined;
  /** Innermost first. Filled in by the machine when the exception is raised. */
  backtrace: readonly BacktraceEntry[] | undefined;

  /**
   * `new Exn("exn:fail:contract", message)` for the runtime's errors (the continuation marks are
   * filled in when the machine raises it; other fields get neutral values, or `extra`'s);
   * `new Exn(type, fields)` for an instance made by a struct constructor.
   */
  constructor(kind: ExnKind | StructType, message: string | unknown[], srcloc?: SourceLocation, extra?: readonly unknown[]) {
    const type = typeof kind === "string" ? exnType(kind) : kind;
    let fields: unknown[];
    if (typeof message === "string") {
      fields = [message, EMPTY_MARK_SET];
      for (const level of type.ancestors.slice(1)) for (const f of level.fieldNames) fields.push(defaultField(f));
      extra?.forEach((v, i) => (fields[2 + i] = v));
    } else {
      fields = message;
    }
    super(type, fields);
    this.srcloc = srcloc;
    this.procedure = undefined;
    this.backtrace = undefined;
  }

  /** The struct type's name: "exn:fail:contract", or a program's own "exn:app". */
  get kind(): string {
    return this.type.name;
  }

  get message(): string {
    const m = this.fields[0];
    return isSchemeString(m) ? stringValue(m) : print(m);
  }

  get marks(): unknown {
    return this.fields[1];
  }

  /** The machine records the continuation's marks when it raises an exception made without them. */
  setMarksIfMissing(marks: ContinuationMarkSet): void {
    if (this.fields[1] === EMPTY_MARK_SET) this.fields[1] = marks;
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
    return this.type.isSubtypeOf(exnType(kind));
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

/**
 * `f: arity mismatch; ...` as Racket words it. `expected` is already formatted ("1", "at least 2").
 * `shown`: the `arguments...:` field (argumentsField), which Racket adds for procedures that take
 * keywords.
 */
export function arityMismatch(who: string, expected: string | undefined, given: number, shown = ""): Exn {
  const exp = expected === undefined ? "" : `\n  expected: ${expected}`;
  return new Exn(
    "exn:fail:contract:arity",
    `${who}: arity mismatch;\n the expected number of arguments does not match the given number${exp}\n  given: ${given}${shown}`,
  );
}

/**
 * `result arity mismatch; ...`: a continuation received `received` values where it takes
 * `expected`. `who` prefixes the message (Racket's `define-values: ` at a module's top level);
 * `detail` adds the lines some contexts have (`in: local-binding form` and the values).
 */
export function resultArityMismatch(expected: number, received: number, who?: string, detail = ""): Exn {
  return new Exn(
    "exn:fail:contract:arity",
    `${who === undefined ? "" : `${who}: `}result arity mismatch;\n expected number of values not received\n  expected: ${expected}\n  received: ${received}${detail}`,
  );
}

/**
 * Racket's `arguments...:` field listing the arguments of a failed application, positional ones
 * first, then each keyword with its value (`#:k 2`, keywords sorted); empty when there are none.
 */
export function argumentsField(args: readonly unknown[], kwNames: readonly string[] = [], kwValues: readonly unknown[] = []): string {
  if (args.length === 0 && kwNames.length === 0) return "";
  const lines = [...args.map((a) => `\n   ${errorValue(a)}`), ...kwNames.map((k, i) => `\n   #:${k} ${errorValue(kwValues[i])}`)];
  return `\n  arguments...:${lines.join("")}`;
}

/** A plain `exn:fail` with a message. */
export function fail(message: string): Exn {
  return new Exn("exn:fail", message);
}

/** For host facilities a sandbox does not have (files, processes, network, exit). */
export function unsupported(who: string, what: string): Exn {
  return new Exn("exn:fail:unsupported", `${who}: ${what} is not available in the rlms sandbox`);
}
