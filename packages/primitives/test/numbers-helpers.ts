// Shared by the numeric tests: call a primitive the way the machine does (arity first), and
// evaluate small expressions such as `(expt 2 (+ 3 4))` read by @rlms/reader.

import { Pair, Sym, listToArray, readOne, write } from "@rlms/reader";
import { MultipleValues, Primitive, arityMismatch, formatArity } from "@rlms/evaluator";
import { numberConstants, numberPrimitives } from "../src/numbers/index.js";

const byName = new Map<string, Primitive>(numberPrimitives.map((p) => [p.name, p]));
const constants = new Map<string, unknown>(numberConstants);

export function primitive(name: string): Primitive {
  const p = byName.get(name);
  if (p === undefined) throw new Error(`no primitive ${name}`);
  return p;
}

/** Applies a primitive as the machine does: the arity check, then `call`. */
export function call(name: string, ...args: unknown[]): unknown {
  const p = primitive(name);
  if (args.length < p.arity[0] || args.length > p.arity[1]) {
    throw arityMismatch(p.name, formatArity(p.arity), args.length);
  }
  return p.call(args);
}

export function evaluate(x: unknown): unknown {
  if (x instanceof Sym) {
    if (!constants.has(x.name)) throw new Error(`unbound ${x.name}`);
    return constants.get(x.name);
  }
  if (x instanceof Pair) {
    const items = listToArray(x);
    if (items === undefined || !(items[0] instanceof Sym)) throw new Error(`bad expression ${write(x)}`);
    if (items[0].name === "quote") return items[1];
    return call(items[0].name, ...items.slice(1).map(evaluate));
  }
  return x;
}

export const evalText = (text: string): unknown => evaluate(readOne(text));

/** The printed values of a result, as Racket's `(format "~s" v)` shows each. */
export function printed(v: unknown): string[] {
  return v instanceof MultipleValues ? v.values.map(write) : [write(v)];
}
