// racket/format checks its arguments with `provide/contract`, whose violations read
// differently from a primitive's: after the expected and given values they say which argument
// was wrong and print the whole contract. The texts below are Racket 8.7's; "blaming" names the
// caller's module, which for rlms programs is Racket's top-level.

import { Exn, errorValue } from "@rlms/evaluator";

const CAT_CONTRACT = `      (->*
       ()
       (#:align
        (or/c 'left 'right 'center)
        #:left-pad-string
        non-empty-string?
        #:limit-marker
        string?
        #:limit-prefix?
        boolean?
        #:max-width
        (or/c natural? +inf.0)
        #:min-width
        natural?
        #:pad-string
        non-empty-string?
        #:right-pad-string
        non-empty-string?
        #:separator
        string?
        #:width
        (or/c natural? #f))
       #:rest
       (listof any/c)
       string?)`;

const REAL_CONTRACT = `      (->*
       (rational?)
       (#:base
        (or/c
         (integer-in 2 36)
         (list/c 'up (integer-in 2 36)))
        #:decimal-sep
        string?
        #:format-exponent
        (or/c
         #f
         string?
         (-> exact-integer? string?))
        #:group-sep
        string?
        #:groups
        (non-empty-listof exact-positive-integer?)
        #:min-width
        exact-positive-integer?
        #:notation
        (or/c
         'positional
         'exponential
         (->
          rational?
          (or/c 'positional 'exponential)))
        #:pad-string
        non-empty-string?
        #:precision
        (or/c natural? (list/c '= natural?))
        #:sign
        (or/c
         #f
         '+
         '++
         'parens
         (list/c
          (or/c string? (list/c string? string?))
          (or/c string? (list/c string? string?))
          (or/c
           string?
           (list/c string? string?)))))
       string?)`;

/** Line of each export in racket/format's provide/contract form (the "at:" field). */
const LINES: Record<string, number> = { "~a": 56, "~s": 57, "~v": 58, "~e": 59, "~.a": 60, "~.s": 61, "~.v": 62, "~r": 63 };

/**
 * A contract violation by a racket/format procedure. `where` is Racket's description of the
 * argument: "the #:width argument of", "the 1st argument of", or for a part of a contract,
 * "an element of\n      the #:groups argument of".
 */
export function blame(who: string, expected: string, given: unknown, where: string): Exn {
  const contract = who === "~r" ? REAL_CONTRACT : CAT_CONTRACT;
  return new Exn(
    "exn:fail:contract:blame",
    `${who}: contract violation\n  expected: ${expected}\n  given: ${errorValue(given)}\n  in: ${where}\n${contract}\n` +
      `  contract from: <collects>/racket/format.rkt\n  blaming: top-level\n   (assuming the contract is correct)\n` +
      `  at: <collects>/racket/format.rkt:${LINES[who]}:2`,
  );
}

/** "the #:name argument of" */
export const keywordArgument = (name: string): string => `the #:${name} argument of`;
