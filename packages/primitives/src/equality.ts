// Equality and the basic type predicates.

import { Char, Keyword, NIL, Pair, Sym, VOID, isEq, isEqual, isEqv, isSchemeString, Box, HashTable, isSchemeNumber } from "@rlms/reader";
import { definePrimitive } from "@rlms/evaluator";

export const EQUALITY_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["eq?", definePrimitive("eq?", 2, isEq)],
  ["eqv?", definePrimitive("eqv?", 2, isEqv)],
  ["equal?", definePrimitive("equal?", 2, isEqual)],
  ["not", definePrimitive("not", 1, (x: unknown) => x === false)],
  ["boolean?", definePrimitive("boolean?", 1, (x: unknown) => typeof x === "boolean")],
  ["pair?", definePrimitive("pair?", 1, (x: unknown) => x instanceof Pair)],
  ["null?", definePrimitive("null?", 1, (x: unknown) => x === NIL)],
  ["empty?", definePrimitive("empty?", 1, (x: unknown) => x === NIL)],
  ["symbol?", definePrimitive("symbol?", 1, (x: unknown) => x instanceof Sym)],
  ["keyword?", definePrimitive("keyword?", 1, (x: unknown) => x instanceof Keyword)],
  ["string?", definePrimitive("string?", 1, isSchemeString)],
  ["char?", definePrimitive("char?", 1, (x: unknown) => x instanceof Char)],
  ["vector?", definePrimitive("vector?", 1, (x: unknown) => Array.isArray(x))],
  ["box?", definePrimitive("box?", 1, (x: unknown) => x instanceof Box)],
  ["hash?", definePrimitive("hash?", 1, (x: unknown) => x instanceof HashTable)],
  ["void?", definePrimitive("void?", 1, (x: unknown) => x === VOID)],
  ["number?", definePrimitive("number?", 1, isSchemeNumber)],
];
