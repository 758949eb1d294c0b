// Symbols and keywords: conversions to and from strings, ordering, uninterned symbols, gensym.

import { Keyword, Sym, compareCodePoints, gensym, isInterned, isSchemeString, stringValue, sym } from "@rlms/reader";
import { contractViolation, definePrimitive } from "@rlms/evaluator";
import { checkString } from "./checks.js";

function checkSymbol(who: string, x: unknown): Sym {
  if (x instanceof Sym) return x;
  throw contractViolation(who, "symbol?", x);
}

function checkKeyword(who: string, x: unknown): Keyword {
  if (x instanceof Keyword) return x;
  throw contractViolation(who, "keyword?", x);
}

/** symbol<? and keyword<?: by the code points of the names; every argument is checked. */
function nameOrder<T extends { name: string }>(name: string, check: (who: string, x: unknown) => T) {
  return definePrimitive(name, [1, Infinity], function (): boolean {
    const names: string[] = [];
    for (let i = 0; i < arguments.length; i++) names.push(check(name, arguments[i]).name);
    for (let i = 0; i + 1 < names.length; i++) if (compareCodePoints(names[i]!, names[i + 1]!) >= 0) return false;
    return true;
  });
}

/** `(gensym [base])`: a fresh uninterned symbol, `g42` or `base42`. */
function makeGensym(base?: unknown): Sym {
  if (base === undefined) return gensym();
  if (base instanceof Sym) return gensym(base.name);
  if (isSchemeString(base)) return gensym(stringValue(base));
  throw contractViolation("gensym", "(or/c symbol? string?)", base);
}

export const SYMBOL_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["symbol->string", definePrimitive("symbol->string", 1, (s: unknown) => checkSymbol("symbol->string", s).name)],
  ["string->symbol", definePrimitive("string->symbol", 1, (s: unknown) => sym(checkString("string->symbol", s)))],
  [
    "string->uninterned-symbol",
    definePrimitive("string->uninterned-symbol", 1, (s: unknown) => new Sym(checkString("string->uninterned-symbol", s))),
  ],
  ["symbol-interned?", definePrimitive("symbol-interned?", 1, (s: unknown) => isInterned(checkSymbol("symbol-interned?", s)))],
  ["gensym", definePrimitive("gensym", [0, 1], makeGensym)],
  ["symbol<?", nameOrder("symbol<?", checkSymbol)],
  ["keyword->string", definePrimitive("keyword->string", 1, (k: unknown) => checkKeyword("keyword->string", k).name)],
  ["string->keyword", definePrimitive("string->keyword", 1, (s: unknown) => Keyword.intern(checkString("string->keyword", s)))],
  ["keyword<?", nameOrder("keyword<?", checkKeyword)],
];
