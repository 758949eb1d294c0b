// Argument checks shared by the string, character and symbol primitives, with Racket's contract
// names and error layouts.

import { Char, MString } from "@rlms/reader";
import { Exn, contractFields, contractViolation, errorValue, indexOutOfRange } from "@rlms/evaluator";

/** The text of a string argument (mutable or not). */
export function checkString(who: string, x: unknown): string {
  if (typeof x === "string") return x;
  if (x instanceof MString) return x.value;
  throw contractViolation(who, "string?", x);
}

export function checkMutableString(who: string, x: unknown, expected = "mutable-string?"): MString {
  if (x instanceof MString) return x;
  throw contractViolation(who, expected, x);
}

export function checkChar(who: string, x: unknown): Char {
  if (x instanceof Char) return x;
  throw contractViolation(who, "char?", x);
}

export const isExactNonnegativeInteger = (x: unknown): x is number | bigint =>
  (typeof x === "number" && x >= 0) || (typeof x === "bigint" && x >= 0n);

/**
 * Racket CS's layout for a bad index given to string-ref and string-set!: the position, then the
 * first argument (the string) only.
 */
function badIndex(who: string, index: unknown, container: unknown): Exn {
  return new Exn(
    "exn:fail:contract",
    `${who}: contract violation\n  expected: exact-nonnegative-integer?\n  given: ${errorValue(index)}\n  argument position: 2nd\n  first argument...:\n   ${errorValue(container)}`,
  );
}

/** An index into a string of `length` code points, as string-ref and string-set! check it. */
export function checkIndex(who: string, container: unknown, index: unknown, length: number): number {
  if (!isExactNonnegativeInteger(index)) throw badIndex(who, index, container);
  if (typeof index === "bigint" || index >= length) throw indexOutOfRange(who, "string", index, length, container);
  return index;
}

/** A start or end index argument: the type check only (ranges are checked by `checkRange`). */
export function checkNatural(who: string, x: unknown): number | bigint {
  if (isExactNonnegativeInteger(x)) return x;
  throw contractViolation(who, "exact-nonnegative-integer?", x);
}

/**
 * substring's range checks: `start` and `end` within [0, length] and in order. Returns them as
 * numbers. `end` defaults to the length.
 */
export function checkRange(
  who: string,
  container: unknown,
  length: number,
  start: number | bigint,
  end: number | bigint = length,
  label = "string",
): [number, number] {
  const fields = (...extra: Array<readonly [string, string]>) => [...extra, ["valid range", `[0, ${length}]`] as const, [label, errorValue(container)] as const];
  if (start > length) throw contractFields(who, "starting index is out of range", fields(["starting index", errorValue(start)]));
  if (end > length) throw contractFields(who, "ending index is out of range", fields(["ending index", errorValue(end)]));
  if (end < start) {
    throw contractFields(who, "ending index is smaller than starting index", fields(["ending index", errorValue(end)], ["starting index", errorValue(start)]));
  }
  return [Number(start), Number(end)];
}

/** Checks that every argument of a variadic primitive is a string; returns their texts. */
export function checkStrings(who: string, args: ArrayLike<unknown>): string[] {
  const out: string[] = new Array(args.length);
  for (let i = 0; i < args.length; i++) out[i] = checkString(who, args[i]);
  return out;
}

