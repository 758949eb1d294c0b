// Racket's errors for applications involving keyword arguments (raise-wrong-kws and
// generate-arity-string in racket/private/kw.rkt): a procedure that takes keywords called with
// the wrong keywords or positional count, and keywords given to a procedure that takes none.
// Every one of them lists the arguments of the call (`arguments...:`).

import { Exn, argumentsField, arityMismatch, errorValue } from "./exn.js";
import { keywordArityText, type Arity } from "../values/primitive.js";

/** What the errors say about a procedure that takes keyword arguments. */
export interface KeywordProcedureShape {
  /** The name the messages use (`f`, or an anonymous procedure's location). */
  readonly who: string;
  /** Positional argument counts, [min, max]. */
  readonly arity: Arity;
  /** Keywords that must be supplied, and every keyword accepted (names without `#:`). */
  readonly required: readonly string[];
  readonly allowed: readonly string[];
}

/**
 * Why a procedure that takes keywords refuses a call, checked in Racket's order. Without keyword
 * arguments: the positional count (`f: arity mismatch`, expected `1 plus an optional argument
 * with keyword #:k`), then the required keywords. With keyword arguments: a keyword it does not
 * take, then a required keyword missing, then the positional count (`application: no case
 * matching 2 non-keyword arguments`). Only for a call that does fail one of these checks.
 */
export function keywordApplicationError(p: KeywordProcedureShape, args: readonly unknown[], kwNames: readonly string[], kwValues: readonly unknown[]): Exn {
  const shown = argumentsField(args, kwNames, kwValues);
  const n = args.length;
  if (kwNames.length === 0 && (n < p.arity[0] || n > p.arity[1])) return arityMismatch(p.who, keywordArityText(p.arity, p.required, p.allowed), n, shown);
  const extra = kwNames.find((k) => !p.allowed.includes(k));
  if (extra !== undefined) {
    return applicationError("exn:fail:contract", `procedure does not expect an argument with given keyword\n  procedure: ${p.who}\n  given keyword: #:${extra}${shown}`);
  }
  const missing = [...p.required].sort().find((k) => !kwNames.includes(k));
  if (missing !== undefined) {
    return applicationError("exn:fail:contract", `required keyword argument not supplied\n  procedure: ${p.who}\n  required keyword: #:${missing}${shown}`);
  }
  return applicationError("exn:fail:contract:arity", `no case matching ${n} non-keyword argument${n === 1 ? "" : "s"}\n  procedure: ${p.who}${shown}`);
}

/** Keyword arguments given to a procedure that takes none (`(car 1 #:k 2)`). */
export function keywordsNotAccepted(who: string, args: readonly unknown[], kwNames: readonly string[], kwValues: readonly unknown[]): Exn {
  return applicationError("exn:fail:contract", `procedure does not accept keyword arguments\n  procedure: ${who}${argumentsField(args, kwNames, kwValues)}`);
}

/** `(5 1)`: Racket lists the arguments only when the call has keyword arguments (`shown`). */
export function notAProcedure(value: unknown, shown = ""): Exn {
  return applicationError("exn:fail:contract", `not a procedure;\n expected a procedure that can be applied to arguments\n  given: ${errorValue(value)}${shown}`);
}

function applicationError(kind: "exn:fail:contract" | "exn:fail:contract:arity", message: string): Exn {
  return new Exn(kind, `application: ${message}`);
}
