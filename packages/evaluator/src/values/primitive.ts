// Procedures implemented in TypeScript.
//
// A Primitive's `fn` receives its arguments as ordinary JS parameters, already checked against
// `arity` by the caller, and returns the result (or throws an Exn). Primitives that need the machine
// itself (call/cc, apply, dynamic-wind...) are ControlPrimitives, defined by the machine.

import { PRINT, type PrintContext } from "@rlms/reader";
import type { Fiber } from "../machine/fiber.js";

/** Arity as [minimum, maximum]; maximum is Infinity for a rest argument. */
export type Arity = readonly [number, number];

/**
 * Any function of Scheme values. Parameters are typed `never` so that a function declared with
 * precise parameter types (`(a: Pair) => unknown`) is accepted; the machine calls it through
 * `callPrimitive` after checking arity (and the function checks its argument types itself).
 */
export type PrimitiveFn = (...args: never[]) => unknown;

/**
 * Operations the compiler can open-code for the common case (fixnums, pairs) while calling the
 * primitive for everything else, so behaviour and errors stay the primitive's own.
 */
export type InlineOp = "+" | "-" | "*" | "<" | "<=" | ">" | ">=" | "=" | "eq?" | "car" | "cdr" | "null?" | "pair?" | "not" | "add1" | "sub1" | "zero?";

export class Primitive {
  /** Set by the library for primitives the compiler may open-code (see `inlinedAs`). */
  inline: InlineOp | undefined = undefined;
  /**
   * May return several values (a MultipleValues): see `returnsMultipleValues`. Such a call is
   * never a simple node, so its result goes through the machine's frames, where a continuation
   * that takes one value checks for several.
   */
  multipleValues = false;

  constructor(
    readonly name: string,
    readonly arity: Arity,
    readonly fn: PrimitiveFn,
    /** True when `fn` may return a Promise: the calling fiber then waits for it. */
    readonly async = false,
  ) {}

  /** Declares that this primitive computes `op` (its fast path is then compiled inline). */
  inlinedAs(op: InlineOp): this {
    this.inline = op;
    return this;
  }

  /**
   * Declares that `fn` may return a MultipleValues (`quotient/remainder`, `split-at`). Without
   * this, `(list (quotient/remainder 7 2))` would put the MultipleValues object in the list
   * instead of raising Racket's "result arity mismatch".
   */
  returnsMultipleValues(): this {
    this.multipleValues = true;
    return this;
  }

  /** Calls `fn`; the caller has checked the argument count. */
  call(args: readonly unknown[]): unknown {
    return (this.fn as (...a: readonly unknown[]) => unknown)(...args);
  }

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<procedure:${this.name}>`);
  }
}

/**
 * Declares a primitive. `arity` is a fixed count, or [min, max] with max = Infinity for variadic.
 * The parameter list of `fn` is typed by the caller; arity is checked before `fn` runs.
 */
export function definePrimitive(name: string, arity: number | Arity, fn: PrimitiveFn): Primitive {
  return new Primitive(name, typeof arity === "number" ? [arity, arity] : arity, fn);
}

export function defineAsyncPrimitive(name: string, arity: number | Arity, fn: PrimitiveFn): Primitive {
  return new Primitive(name, typeof arity === "number" ? [arity, arity] : arity, fn, true);
}

/**
 * Racket's "expected:" line of an arity error: "1", "at least 2". Racket prints none for a
 * bounded range ("between 1 and 3" never appears): undefined then.
 */
export function formatArity([min, max]: Arity): string | undefined {
  if (min === max) return String(min);
  if (max === Infinity) return `at least ${min}`;
  return undefined;
}

/**
 * Racket's "expected:" line for a procedure that takes keyword arguments (generate-arity-string
 * in racket/private/kw.rkt): the positional arity, where a bounded range is "a different number",
 * then the required keywords, then the optional ones —
 * `1 plus an argument with keyword #:j plus optional arguments with keywords #:k and #:l`.
 * `allowed` holds every keyword the procedure takes, required ones included (names without `#:`).
 */
export function keywordArityText(arity: Arity, required: readonly string[], allowed: readonly string[]): string {
  const optional = allowed.filter((k) => !required.includes(k));
  return [
    formatArity(arity) ?? "a different number",
    ...(required.length > 0 ? [keywordsPhrase("", required)] : []),
    ...(optional.length > 0 ? [keywordsPhrase("optional ", optional)] : []),
  ].join(" plus ");
}

/** "an argument with keyword #:k", "optional arguments with keywords #:a, #:b, and #:c". */
function keywordsPhrase(kind: string, keywords: readonly string[]): string {
  const names = [...keywords].sort().map((k) => `#:${k}`);
  if (names.length === 1) return `an ${kind}argument with keyword ${names[0]}`;
  const listed = names.length === 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")}, and ${names[names.length - 1]}`;
  return `${kind}arguments with keywords ${listed}`;
}

/**
 * A primitive that accepts keyword arguments (`(sort l < #:key car)`, `(~r x #:precision 2)`).
 * `fn` gets the positional arguments and a map from keyword name (without `#:`) to value; the
 * machine has already checked the positional count and that every keyword is in `keywords`.
 */
export class KeywordPrimitive {
  constructor(
    readonly name: string,
    readonly arity: Arity,
    /** Accepted keyword names, without `#:`. */
    readonly keywords: readonly string[],
    /** Gets the calling fiber too: the scaffold's calls read its parameters (budgets, trace). */
    readonly fn: (args: unknown[], keywords: ReadonlyMap<string, unknown>, fiber: Fiber) => unknown,
    /** Keywords that must be supplied. */
    readonly required: readonly string[] = [],
    /** A Promise result suspends the calling fiber until it settles (others run meanwhile). */
    readonly async: boolean = false,
  ) {}

  /** Racket's "expected:" text for its arity errors. */
  arityText(): string {
    return keywordArityText(this.arity, this.required, this.keywords);
  }

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<procedure:${this.name}>`);
  }
}

export function defineKeywordPrimitive(
  name: string,
  arity: number | Arity,
  keywords: readonly string[],
  fn: (args: unknown[], keywords: ReadonlyMap<string, unknown>, fiber: Fiber) => unknown,
  required: readonly string[] = [],
): KeywordPrimitive {
  return new KeywordPrimitive(name, typeof arity === "number" ? [arity, arity] : arity, keywords, fn, required);
}

/** A keyword primitive whose Promise result the calling fiber waits for (a language-model call). */
export function defineAsyncKeywordPrimitive(
  name: string,
  arity: number | Arity,
  keywords: readonly string[],
  fn: (args: unknown[], keywords: ReadonlyMap<string, unknown>, fiber: Fiber) => unknown,
): KeywordPrimitive {
  return new KeywordPrimitive(name, typeof arity === "number" ? [arity, arity] : arity, keywords, fn, [], true);
}
