// Argument checks and error messages shared by the hash-table procedures, worded as Racket's.

import { HashTable, NIL, Pair } from "@rlms/reader";
import { Exn, contractFields, contractViolation, errorValue } from "@rlms/evaluator";
import { argumentError } from "../numbers/checks.js";

export const MUTABLE_HASH = "(and/c hash? (not/c immutable?))";
export const IMMUTABLE_HASH = "(and/c hash? immutable?)";

/**
 * Checks that `h` is a hash table (of the required mutability, if any). Racket names the
 * argument position and lists the other arguments when the procedure has several (`args`).
 */
export function checkHash(who: string, h: unknown, args: readonly unknown[] = [h], mutable?: boolean): HashTable {
  if (h instanceof HashTable && (mutable === undefined || h.mutable === mutable)) return h;
  const expected = mutable === undefined ? "hash?" : mutable ? MUTABLE_HASH : IMMUTABLE_HASH;
  throw args.length > 1 ? argumentError(who, expected, args, 0) : contractViolation(who, expected, h);
}

/** `hash-ref: no value found for key\n  key: 'x` */
export function noValueFound(who: string, key: unknown): Exn {
  return contractFields(who, "no value found for key", [["key", errorValue(key)]]);
}

/** A failure "thunk" that cannot be called with no arguments. */
export function failureArityError(who: string, proc: unknown): Exn {
  return new Exn(
    "exn:fail:contract:arity",
    `${who}: arity mismatch for failure procedure;\n given procedure does not accept zero arguments\n  procedure: ${errorValue(proc)}`,
  );
}

/** `hash-update: no value found for key: 'x` (raise-mismatch-error's one-line layout). */
export function noValueFoundInline(who: string, key: unknown): Exn {
  return new Exn("exn:fail:contract", `${who}: no value found for key: ${errorValue(key)}`);
}

/** The entries of an association list `((k . v) ...)`, or a `(listof pair?)` contract error. */
export function assocEntries(who: string, assocs: unknown): Pair[] {
  const out: Pair[] = [];
  let p = assocs;
  while (p instanceof Pair) {
    if (!(p.car instanceof Pair)) throw contractViolation(who, "(listof pair?)", assocs);
    out.push(p.car);
    p = p.cdr;
  }
  if (p !== NIL) throw contractViolation(who, "(listof pair?)", assocs);
  return out;
}

/** `hash-set*`'s complaint about a key without a value. */
export function oddAssociations(who: string, items: readonly unknown[]): Exn {
  let list: unknown = NIL;
  for (let i = items.length - 1; i >= 0; i--) list = new Pair(items[i], list);
  return contractFields(who, "expected an even number of association elements, but received an odd number of association elements", [
    ["association elements", errorValue(list)],
  ]);
}
