// The run-time helpers of `match` expansions.

import { Exn, definePrimitive, errorValue } from "@rlms/evaluator";
import { NIL, Pair, type Sym } from "@rlms/reader";

/** The length of a proper list, or #f (one pass, for `(list a ... b c)` patterns). */
const properListLength = definePrimitive("%proper-list-length", 1, (v: unknown) => {
  let n = 0;
  let p = v;
  while (p instanceof Pair) {
    n++;
    p = p.cdr;
  }
  return p === NIL ? n : false;
});

/**
 * The exceptions `%match-failure` raised. Racket's are `exn:misc:match?`, a subtype of exn:fail
 * that the evaluator's exception kinds do not have: they are exn:fail, remembered here.
 */
const matchFailures = new WeakSet<Exn>();

/** `match: no matching clause for '(1 2)`. */
const matchFailure = definePrimitive("%match-failure", 2, (who: Sym, v: unknown) => {
  const e = new Exn("exn:fail", `${who.name}: no matching clause for ${errorValue(v)}`);
  matchFailures.add(e);
  throw e;
});

const isMatchFailure = definePrimitive("exn:misc:match?", 1, (v: unknown) => v instanceof Exn && matchFailures.has(v));

export const MATCH_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["%proper-list-length", properListLength],
  ["%match-failure", matchFailure],
  ["exn:misc:match?", isMatchFailure],
];
