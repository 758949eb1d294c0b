// Internal helpers for scheme/hash.scm: argument checks and errors worded as Racket's, so that
// the Scheme side of the hash library stays short.

import { HashTable, Pair, Sym, VOID } from "@rlms/reader";
import { Exn, contractViolation, definePrimitive, errorValue, isProcedure } from "@rlms/evaluator";
import { checkHash } from "./checks.js";

const whoOf = (who: unknown): string => (who instanceof Sym ? who.name : String(who));

/**
 * `(%check-hash who mutability h other-arg ...)`: mutability is 'mutable, 'immutable or #f (any);
 * with other arguments, the error names the argument position and lists them, as Racket does.
 */
const checkHashPrimitive = definePrimitive("%check-hash", [3, Infinity], (who: unknown, mutability: unknown, h: unknown, ...others: unknown[]) => {
  const mutable = mutability instanceof Sym ? mutability.name === "mutable" : undefined;
  checkHash(whoOf(who), h, [h, ...others], mutable);
  return VOID;
});

/** `(%hash-empty-like h mutable?)`: an empty table of h's kind. */
const emptyLike = definePrimitive("%hash-empty-like", 2, (h: unknown, mutable: unknown) => {
  if (!(h instanceof HashTable)) throw contractViolation("hash-map/copy", "hash?", h);
  return new HashTable(h.kind, mutable !== false);
});

/** `(%hash-immutable? h)`: for hash.scm, which loads before `immutable?` may exist. */
const hashImmutable = definePrimitive("%hash-immutable?", 1, (h: unknown) => h instanceof HashTable && !h.mutable);

// ---- racket/hash's contracts (hash-union, hash-union!, hash-intersect) ----------------------------

const RACKET_HASH_LINES: Record<string, number> = { "hash-union": 67, "hash-union!": 74, "hash-intersect": 81 };

/** racket/contract's message for a call from the top level, as in racket/hash.rkt. */
function racketHashBlame(who: string, expected: string, given: unknown, where: string): Exn {
  const mutable = who === "hash-union!";
  const first = mutable ? "(and/c hash? (not/c immutable?))" : "(and/c hash? immutable?)";
  const range = mutable ? "void?" : "(and/c hash? immutable?)";
  const contract =
    `      (->*\n       (${first})\n       (#:combine\n        (-> any/c any/c any/c)\n        #:combine/key\n` +
    `        (-> any/c any/c any/c any/c))\n       #:rest\n       (listof hash?)\n       ${range})`;
  return new Exn(
    "exn:fail:contract:blame",
    `${who}: contract violation\n  expected: ${expected}\n  given: ${errorValue(given)}\n  in: ${where}\n${contract}\n` +
      `  contract from: <collects>/racket/hash.rkt\n  blaming: top-level\n   (assuming the contract is correct)\n` +
      `  at: <collects>/racket/hash.rkt:${RACKET_HASH_LINES[who]}:2`,
  );
}

/** `(%check-hash-combine-args who one rest combine combine/key)` */
const checkCombineArgs = definePrimitive("%check-hash-combine-args", 5, (who: unknown, one: unknown, rest: unknown, combine: unknown, combineKey: unknown) => {
  const name = whoOf(who);
  const mutable = name === "hash-union!";
  if (!(one instanceof HashTable)) throw racketHashBlame(name, "hash?", one, "an and/c case of\n      the 1st argument of");
  if (one.mutable !== mutable) throw racketHashBlame(name, mutable ? "(not/c immutable?)" : "immutable?", one, "an and/c case of\n      the 1st argument of");
  for (let p = rest; p instanceof Pair; p = p.cdr) {
    if (!(p.car instanceof HashTable)) throw racketHashBlame(name, "hash?", p.car, "an element of\n      the rest argument of");
  }
  if (combine !== false && !isProcedure(combine)) throw racketHashBlame(name, "a procedure", combine, "the #:combine argument of");
  if (!isProcedure(combineKey)) throw racketHashBlame(name, "a procedure", combineKey, "the #:combine/key argument of");
  return VOID;
});

export const SCHEME_SUPPORT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["%check-hash", checkHashPrimitive],
  ["%hash-empty-like", emptyLike],
  ["%hash-immutable?", hashImmutable],
  ["%check-hash-combine-args", checkCombineArgs],
];
