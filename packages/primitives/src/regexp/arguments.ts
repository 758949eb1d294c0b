// Checking the arguments of the regexp procedures, with Racket's messages. Racket's
// regexp-match family (primitives) and its regexp-match*/regexp-split family (written in Racket
// over them, collects/racket/private/string.rkt) word their errors differently, and a string
// pattern that does not compile is reported by different procedures; both styles are here.

import { MString, RegexpValue, isSchemeString, stringValue, write } from "@rlms/reader";
import { Exn, contractFields, contractViolation } from "@rlms/evaluator";
import { InputPort } from "../ports/input-port.js";
import { compileRegexp, regexpOfString, type CompiledRegexp } from "./compile.js";
import { RegexpSyntaxError } from "./parse.js";
import { RegexpUnsupported } from "./translate.js";
import { Subject } from "./search.js";

export const PATTERN_CONTRACT = "(or/c regexp? byte-regexp? string? bytes?)";

/** Compiles a regexp value, reporting a bad pattern as `who: message\n  pattern: "..."`. */
export function compileChecked(who: string, value: RegexpValue): CompiledRegexp {
  try {
    return compileRegexp(value);
  } catch (e) {
    throw regexpProblem(who, value.source, e);
  }
}

/** The exception for a pattern that failed to compile (other errors pass through). */
export function regexpProblem(who: string, source: string, e: unknown): unknown {
  if (e instanceof RegexpSyntaxError) return new Exn("exn:fail:contract", `${who}: ${e.message}\n  pattern: ${write(source)}`);
  if (e instanceof RegexpUnsupported) return new Exn("exn:fail:unsupported", `${who}: ${e.message}\n  pattern: ${write(source)}`);
  return e;
}

/**
 * A pattern argument: a regexp, or a string compiled as by `regexp` (a bad one reported by
 * `compileWho`). `badType` makes the error for anything else.
 */
export function patternArgument(who: string, p: unknown, compileWho: string = who, badType: () => Exn = () => contractViolation(who, PATTERN_CONTRACT, p)): CompiledRegexp {
  if (p instanceof RegexpValue) return compileChecked(who, p);
  if (isSchemeString(p)) {
    const source = stringValue(p);
    try {
      return regexpOfString(source);
    } catch (e) {
      throw regexpProblem(compileWho, source, e);
    }
  }
  throw badType();
}

/** An input argument: a string. Ports would give byte strings, which rlms does not have. */
export function inputArgument(who: string, input: unknown, expected: string): Subject {
  if (typeof input === "string") return new Subject(input);
  if (input instanceof MString) return new Subject(input.value);
  if (input instanceof InputPort) {
    throw new Exn("exn:fail:unsupported", `${who}: matching against an input port is not supported in rlms (it would produce byte strings); read the text first, e.g. with port->string`);
  }
  throw contractViolation(who, expected, input);
}

const isNatural = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0;
const isExactNatural = (x: unknown): boolean => isNatural(x) || (typeof x === "bigint" && x >= 0n);

/** `start` and `end` of regexp-match and friends: [start, end) in characters. */
export function matchRegion(who: string, subject: Subject, start: unknown = 0, end: unknown = false): [number, number] {
  if (!isExactNatural(start)) throw contractViolation(who, "exact-nonnegative-integer?", start);
  if (end !== false && !isExactNatural(end)) throw contractViolation(who, "(or/c #f exact-nonnegative-integer?)", end);
  const n = subject.length;
  if (!isNatural(start) || start > n) throw contractFields(who, "starting index is out of range", [["starting index", String(start)]]);
  if (end === false) return [start, n];
  if (!isNatural(end) || end > n) throw contractFields(who, "ending index is out of range", [["ending index", String(end)]]);
  if (end < start) {
    throw contractFields(who, "ending index is smaller than starting index", [
      ["ending index", String(end)],
      ["starting index", String(start)],
    ]);
  }
  return [start, end];
}

/** `start` and `end` of regexp-match*, regexp-split and friends (raise-mismatch-error style). */
export function loopRegion(who: string, subject: Subject, start: unknown = 0, end: unknown = false): [number, number] {
  if (!isExactNatural(start)) throw contractViolation(who, "exact-nonnegative-integer?", start);
  if (end !== false && !isExactNatural(end)) throw contractViolation(who, "(or/c exact-nonnegative-integer? #f)", end);
  const n = subject.length;
  if (!isNatural(start) || start > n) throw new Exn("exn:fail:contract", `${who}: starting offset index out of range [0,${n}]: ${String(start)}`);
  if (end === false) return [start, n];
  if (!isNatural(end) || end < start || end > n) throw new Exn("exn:fail:contract", `${who}: ending offset index out of range [${start},${n}]: ${String(end)}`);
  return [start, end];
}
