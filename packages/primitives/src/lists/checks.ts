// Argument checks shared by the list and vector procedures, with Racket's contracts and layouts.

import { NIL, Pair } from "@rlms/reader";
import { contractViolation } from "@rlms/evaluator";
import { argumentError } from "../numbers/checks.js";
import { isProperList } from "./proper-list.js";

export const NONEMPTY_LIST = "(and/c list? (not/c empty?))";

export const isNatural = (x: unknown): x is number | bigint => (typeof x === "number" && x >= 0) || (typeof x === "bigint" && x >= 0n);

/**
 * `exact-nonnegative-integer?` for argument `index` of `args` (Racket lists the other arguments
 * when there are several). Bigints are returned as they are: no list or vector is that long.
 */
export function checkNaturalAt(who: string, args: readonly unknown[], index: number): number | bigint {
  const x = args[index];
  if (isNatural(x)) return x;
  throw args.length > 1 ? argumentError(who, "exact-nonnegative-integer?", args, index) : contractViolation(who, "exact-nonnegative-integer?", x);
}

/** `list?` for argument `index` of `args`, in raise-argument-error's positional layout. */
export function checkListAt(who: string, args: readonly unknown[], index: number): void {
  if (!isProperList(args[index])) {
    throw args.length > 1 ? argumentError(who, "list?", args, index) : contractViolation(who, "list?", args[index]);
  }
}

export function checkList(who: string, x: unknown): void {
  if (!isProperList(x)) throw contractViolation(who, "list?", x);
}

/** The elements of a list already known to be proper. */
export function elements(l: unknown): unknown[] {
  const out: unknown[] = [];
  for (let p = l; p instanceof Pair; p = p.cdr) out.push(p.car);
  return out;
}

/** A fresh list of `items` ending in `tail`. */
export function listOf(items: readonly unknown[], tail: unknown = NIL, from = 0, to = items.length): unknown {
  let out = tail;
  for (let i = to - 1; i >= from; i--) out = new Pair(items[i], out);
  return out;
}

/** Builds a list front to back (the fresh pairs are not visible until it is returned). */
export class ListBuilder {
  private readonly head = new Pair(undefined, NIL);
  private last = this.head;
  push(x: unknown): void {
    const cell = new Pair(x, NIL);
    this.last.cdr = cell;
    this.last = cell;
  }
  get list(): unknown {
    return this.head.cdr;
  }
}

/**
 * The most elements a list or vector built in one step may have. Racket would try and fail with
 * an out-of-memory error much later; a host process that tried would die instead. Over it, the
 * builders raise numbers/checks' `outOfMemory`.
 */
export const MAX_BUILD = 2 ** 27;
