// Argument checks of the higher-order list procedures (map, for-each, andmap, ormap, foldl,
// foldr, filter-map, count...), which scheme/prelude.scm and scheme/lists.scm call before their
// loops. They are TypeScript so that one call checks everything, with Racket's exact messages
// (racket/private/map.rkt's check-args, racket/private/list.rkt's check-fold, racket/list's
// check-filter-arguments).

import { Closure, Exn, contractFields, contractViolation, definePrimitive, errorValue, isProcedure, procedureName } from "@rlms/evaluator";
import { Pair, VOID, print, type Sym } from "@rlms/reader";
import { argumentError } from "../numbers/checks.js";
import { arityIncludes, arityRanges } from "../function.js";
import { isProperList } from "./proper-list.js";

/** Racket's `error-print-width`. */
const ERROR_PRINT_WIDTH = 256;

function listLength(l: unknown): number {
  let n = 0;
  for (let p = l; p instanceof Pair; p = p.cdr) n++;
  return n;
}

/** `(and (procedure? f) (procedure-arity-includes? f n))` in one call. */
export const procedureOfArity = definePrimitive("%procedure-of-arity?", 2, (f: unknown, n: unknown) => isProcedure(f) && arityIncludes(f, n as number));

/** How check-args names a procedure: its name, unquoted, else "#<procedure>". */
function objectName(f: unknown): string {
  if (f instanceof Closure && f.info.name === undefined) return f.info.loc ?? "#<procedure>";
  const name = procedureName(f);
  return name.startsWith("#<") ? "#<procedure>" : name;
}

/** Required keywords of a procedure, if any (then no positional call can work). */
function requiredKeywords(f: unknown): string[] {
  if (f instanceof Closure) return f.info.keywords.filter((k) => k.required).map((k) => k.keyword);
  return [];
}

/** A procedure's arity as Racket normalises it: overlapping and adjacent ranges merged. */
function mergedRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [min, max] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last !== undefined && min <= last[1] + 1) last[1] = Math.max(last[1], max);
    else out.push([min, max]);
  }
  return out;
}

/** Racket's "argument mismatch" complaint: `f` cannot take one argument per list. */
function argumentMismatch(who: string, f: unknown, lists: readonly unknown[]): Exn {
  const required = requiredKeywords(f);
  const fields: Array<readonly [string, string]> = [["given procedure", objectName(f)]];
  let message: string;
  if (required.length > 0) {
    message = "argument mismatch;\n the given procedure expects keyword arguments";
    fields.push(["required keywords", required.map((k) => `#:${k}`).join(" ")]);
  } else {
    message = "argument mismatch;\n the given procedure's expected number of arguments does not match the given number of lists";
    const ranges = mergedRanges(arityRanges(f) ?? []);
    // Only a single arity is described ("2", "at least 2"), not a set of counts.
    if (ranges.length === 1) {
      const [min, max] = ranges[0]!;
      if (min === max) fields.push(["expected", String(min)]);
      else if (max === Infinity) fields.push(["expected", `at least ${min}`]);
    }
    fields.push(["given", String(lists.length)]);
  }
  // Each list is shown in its share of the print width, when that share is worth showing.
  const width = Math.floor(ERROR_PRINT_WIDTH / lists.length);
  if (width > 10) {
    const shown = lists.map((l) => {
      const s = print(l);
      return `\n   ${s.length > width ? s.slice(0, width - 3) + "..." : s}`;
    });
    // The value starts with a newline, so Racket's line reads `argument lists...: ` (a space).
    fields.push(["argument lists...", shown.join("")]);
  }
  return contractFields(who, message, fields);
}

/**
 * `(%check-map-args who f l ...)`: racket/private/map.rkt's check-args for map, for-each,
 * andmap and ormap. Returns void, or raises the first problem Racket would report.
 */
export const checkMapArgs = definePrimitive("%check-map-args", [3, Infinity], (who: unknown, f: unknown, ...lists: unknown[]) => {
  const name = (who as Sym).name;
  if (!isProcedure(f)) throw contractViolation(name, "procedure?", f);
  let firstLength: number | undefined;
  for (const l of lists) {
    if (!isProperList(l)) throw contractViolation(name, "list?", l);
    const n = listLength(l);
    if (firstLength !== undefined && n !== firstLength) {
      throw contractFields(name, "all lists must have same size", [
        ["first list length", String(firstLength)],
        ["other list length", String(n)],
        ["procedure", errorValue(f)],
      ]);
    }
    firstLength ??= n;
  }
  if (!arityIncludes(f, lists.length)) throw argumentMismatch(name, f, lists);
  return VOID;
});

/**
 * `(%check-fold who proc init l ...)`: racket/private/list.rkt's check-fold for foldl and foldr
 * (positional contract errors, then raise-mismatch-error's one-line complaints).
 */
export const checkFoldArgs = definePrimitive("%check-fold", [4, Infinity], (who: unknown, proc: unknown, init: unknown, l: unknown, ...more: unknown[]) => {
  const name = (who as Sym).name;
  const args = [proc, init, l, ...more];
  if (!isProcedure(proc)) throw argumentError(name, "procedure?", args, 0);
  if (!isProperList(l)) throw argumentError(name, "list?", args, 2);
  if (more.length === 0) {
    if (!arityIncludes(proc, 2)) throw mismatch(name, "given procedure does not accept 2 arguments: ", proc);
    return VOID;
  }
  const n = listLength(l);
  more.forEach((m, i) => {
    if (!isProperList(m)) throw argumentError(name, "list?", args, 3 + i);
    if (listLength(m) !== n) throw mismatch(name, "given list does not have the same size as the first list: ", m);
  });
  if (!arityIncludes(proc, 2 + more.length)) throw mismatch(name, `given procedure does not accept ${2 + more.length} arguments: `, proc);
  return VOID;
});

/** raise-mismatch-error's layout: the message and the value on the first line. */
function mismatch(who: string, message: string, v: unknown): Exn {
  return new Exn("exn:fail:contract", `${who}: ${message}${errorValue(v)}`);
}

/**
 * `(%check-filter-args who f l ...)`: racket/list's check-filter-arguments (filter-map, count):
 * the procedure, its arity against the number of lists, then each list, positionally; then,
 * with several lists, equal lengths.
 */
export const checkFilterArgs = definePrimitive("%check-filter-args", [3, Infinity], (who: unknown, f: unknown, ...lists: unknown[]) => {
  const name = (who as Sym).name;
  const args = [f, ...lists];
  if (!isProcedure(f)) throw args.length > 1 ? argumentError(name, "procedure?", args, 0) : contractViolation(name, "procedure?", f);
  if (!arityIncludes(f, lists.length)) {
    throw contractFields(name, "mismatch between procedure arity and argument count", [
      ["procedure", errorValue(f)],
      ["expected arity", String(lists.length)],
    ]);
  }
  lists.forEach((l, i) => {
    if (!isProperList(l)) throw argumentError(name, "list?", args, i + 1);
  });
  if (lists.length > 1) {
    const n = listLength(lists[0]);
    if (lists.some((l) => listLength(l) !== n)) throw new Exn("exn:fail:contract", `${name}: all lists must have same size`);
  }
  return VOID;
});

export const PROCEDURE_CHECK_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["%procedure-of-arity?", procedureOfArity],
  ["%check-map-args", checkMapArgs],
  ["%check-fold", checkFoldArgs],
  ["%check-filter-args", checkFilterArgs],
];
