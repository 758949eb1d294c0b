// Characters: conversions, Unicode predicates, case maps and comparisons (racket/base).

import { Char, isScalarValue } from "@rlms/reader";
import { contractViolation, definePrimitive } from "@rlms/evaluator";
import { checkChar } from "./checks.js";
import * as U from "./unicode.js";

function predicate(name: string, test: (code: number) => boolean) {
  return [name, definePrimitive(name, 1, (c: unknown) => test(checkChar(name, c).code))] as const;
}

function caseMap(name: string, map: (code: number) => number) {
  return [name, definePrimitive(name, 1, (c: unknown) => Char.of(map(checkChar(name, c).code)))] as const;
}

/** char=? and friends: all arguments are checked, then compared pairwise. */
function comparison(name: string, holds: (a: number, b: number) => boolean, key: (code: number) => number = (c) => c) {
  const prim = definePrimitive(name, [1, Infinity], function (): boolean {
    const codes: number[] = [];
    for (let i = 0; i < arguments.length; i++) codes.push(key(checkChar(name, arguments[i]).code));
    for (let i = 0; i + 1 < codes.length; i++) if (!holds(codes[i]!, codes[i + 1]!)) return false;
    return true;
  });
  return [name, prim] as const;
}

function integerToChar(n: unknown): Char {
  if (typeof n === "number" && isScalarValue(n)) return Char.of(n);
  throw contractViolation("integer->char", "valid-unicode-scalar-value?", n);
}

function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

const eq = (a: number, b: number) => a === b;
const lt = (a: number, b: number) => a < b;
const le = (a: number, b: number) => a <= b;
const gt = (a: number, b: number) => a > b;
const ge = (a: number, b: number) => a >= b;

export const CHAR_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["char->integer", definePrimitive("char->integer", 1, (c: unknown) => checkChar("char->integer", c).code)],
  ["integer->char", definePrimitive("integer->char", 1, integerToChar)],
  ["char-utf-8-length", definePrimitive("char-utf-8-length", 1, (c: unknown) => utf8Length(checkChar("char-utf-8-length", c).code))],
  predicate("char-alphabetic?", U.isAlphabetic),
  predicate("char-numeric?", U.isNumeric),
  predicate("char-whitespace?", U.isWhitespace),
  predicate("char-upper-case?", U.isUpperCase),
  predicate("char-lower-case?", U.isLowerCase),
  predicate("char-title-case?", U.isTitleCase),
  predicate("char-punctuation?", U.isPunctuation),
  predicate("char-symbolic?", U.isSymbolic),
  predicate("char-graphic?", U.isGraphicChar),
  predicate("char-blank?", U.isBlank),
  predicate("char-iso-control?", U.isIsoControl),
  caseMap("char-upcase", U.charUpcase),
  caseMap("char-downcase", U.charDowncase),
  caseMap("char-titlecase", U.charTitlecase),
  caseMap("char-foldcase", U.charFoldcase),
  comparison("char=?", eq),
  comparison("char<?", lt),
  comparison("char<=?", le),
  comparison("char>?", gt),
  comparison("char>=?", ge),
  comparison("char-ci=?", eq, U.charFoldcase),
  comparison("char-ci<?", lt, U.charFoldcase),
  comparison("char-ci<=?", le, U.charFoldcase),
  comparison("char-ci>?", gt, U.charFoldcase),
  comparison("char-ci>=?", ge, U.charFoldcase),
];
