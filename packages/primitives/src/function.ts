// What racket/function and friends need to know about procedures: their arity and their name.
// The combinators themselves (curry, compose, negate, conjoin...) call back into Scheme and are
// in scheme/function.scm.

import { Sym, integerFromBigInt, sym } from "@rlms/reader";
import {
  CaseLambda,
  Closure,
  Continuation,
  ControlPrimitive,
  KeywordPrimitive,
  LambdaInfo,
  Parameter,
  Primitive,
  contractViolation,
  definePrimitive,
  isProcedure,
} from "@rlms/evaluator";

/** The argument counts a procedure accepts, as [min, max] ranges (max Infinity: no limit). */
type Ranges = ReadonlyArray<readonly [number, number]>;

/** The argument counts a procedure accepts by position, whatever keyword arguments it requires. */
function positionalRanges(f: unknown): Ranges {
  if (f instanceof Closure) {
    const info = f.info;
    return [[info.required, info.hasRest ? Infinity : info.required + info.optional]];
  }
  if (f instanceof CaseLambda) return f.clauses.flatMap(positionalRanges);
  if (f instanceof KeywordPrimitive || f instanceof Primitive || f instanceof ControlPrimitive) return [f.arity];
  if (f instanceof Parameter) return [[0, 1]];
  if (f instanceof Continuation) return [[0, Infinity]];
  // Procedures defined by later layers (applicable structs...): assume they take anything.
  return [[0, Infinity]];
}

function requiresKeywords(f: unknown): boolean {
  if (f instanceof Closure) return f.info.keywords.some((k) => k.required);
  return f instanceof KeywordPrimitive && f.required.length > 0;
}

/**
 * `undefined` when the procedure requires keyword arguments (then no positional call works,
 * which is how `procedure-arity-includes?` answers for it).
 */
export function arityRanges(f: unknown): Ranges | undefined {
  return requiresKeywords(f) ? undefined : positionalRanges(f);
}

export function arityIncludes(f: unknown, n: number): boolean {
  return (arityRanges(f) ?? []).some(([min, max]) => n >= min && n <= max);
}

/**
 * Racket's arity mask: bit n is set when n arguments are accepted; negative for "n or more".
 * Required keywords do not count (Racket's mask for `(lambda (#:k k) k)` is 1).
 */
function arityMask(f: unknown): bigint {
  let mask = 0n;
  for (const [min, max] of positionalRanges(f)) {
    if (max === Infinity) mask |= -1n << BigInt(min);
    else for (let n = min; n <= max; n++) mask |= 1n << BigInt(n);
  }
  return mask;
}

function checkProcedure(who: string, f: unknown): void {
  if (!isProcedure(f)) throw contractViolation(who, "procedure?", f);
}

/** `(procedure-arity-includes? f n [incl-keywords?])`: with a true third argument, a procedure that requires keywords counts too. */
const procedureArityIncludes = definePrimitive("procedure-arity-includes?", [2, 3], (f: unknown, n: unknown, inclKeywords: unknown = false) => {
  checkProcedure("procedure-arity-includes?", f);
  if (typeof n === "bigint" && n > 0n) return includes(f, Infinity, inclKeywords !== false);
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw contractViolation("procedure-arity-includes?", "exact-nonnegative-integer?", n);
  return includes(f, n, inclKeywords !== false);
});

function includes(f: unknown, n: number, inclKeywords: boolean): boolean {
  return inclKeywords ? positionalRanges(f).some(([min, max]) => n >= min && n <= max) : arityIncludes(f, n);
}

const procedureArityMask = definePrimitive("procedure-arity-mask", 1, (f: unknown) => {
  checkProcedure("procedure-arity-mask", f);
  return integerFromBigInt(arityMask(f));
});

/** The same procedure under another name (as it prints and in its error messages). */
export function renamed(f: unknown, name: string): unknown {
  if (f instanceof Closure) {
    const i = f.info;
    const info = new LambdaInfo(name, i.required, i.optional, i.hasRest, i.keywords, i.frameSize, i.body, i.loc);
    return new Closure(info, f.env);
  }
  if (f instanceof CaseLambda) return new CaseLambda(name, f.clauses);
  if (f instanceof Primitive) return new Primitive(name, f.arity, f.fn, f.async);
  if (f instanceof ControlPrimitive) return new ControlPrimitive(name, f.arity, f.run);
  if (f instanceof KeywordPrimitive) return new KeywordPrimitive(name, f.arity, f.keywords, f.fn, f.required);
  return f;
}

const procedureRename = definePrimitive("procedure-rename", [2, 3], (f: unknown, name: unknown) => {
  checkProcedure("procedure-rename", f);
  if (!(name instanceof Sym)) throw contractViolation("procedure-rename", "symbol?", name);
  return renamed(f, name.name);
});

/** `(%procedure-name f)`: the name a procedure prints with, as a symbol, or #f. Internal (curry). */
const procedureNameOf = definePrimitive("%procedure-name", 1, (f: unknown) => {
  const name =
    f instanceof Closure || f instanceof CaseLambda
      ? f.name
      : f instanceof Primitive || f instanceof ControlPrimitive || f instanceof KeywordPrimitive
        ? f.name
        : f instanceof Parameter
          ? f.name
          : undefined;
  return name === undefined ? false : sym(name);
});

export const FUNCTION_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["procedure-arity-includes?", procedureArityIncludes],
  ["procedure-arity-mask", procedureArityMask],
  ["procedure-rename", procedureRename],
  ["%procedure-name", procedureNameOf],
];
