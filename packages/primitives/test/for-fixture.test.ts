// The for family against programs recorded from Racket 8.7 (fixtures/for-cases.scm → for.json).

import { fixtureSuite } from "./syntax-fixture.js";

const LET_VALUES_ARITY = "the evaluator's arity error for let-values omits Racket's `in: local-binding form` and `arguments...:` lines";
const arityError = (expected: number, received: number) =>
  `ERROR: result arity mismatch;\n expected number of values not received\n  expected: ${expected}\n  received: ${received}`;

fixtureSuite("for", {
  "for/list: body returning two values": { pending: "the evaluator does not reject several values where one is expected" },
  "for/fold: body returns too many values": { pending: "the evaluator does not reject several values where one is expected" },
  "for/hash: body must return two values": { result: arityError(2, 1), why: LET_VALUES_ARITY },
  "sequence: two identifiers for a one-valued sequence": { result: arityError(2, 1), why: LET_VALUES_ARITY },
  "syntax: #:when in the body": {
    result: "ERROR: #%datum: keyword misused as an expression\n  in: #:when",
    why: "the evaluator's error for a keyword in expression position has `in:` where Racket has `at:`",
  },
});
