// The for family against programs recorded from Racket 8.7 (fixtures/for-cases.scm → for.json).

import { fixtureSuite } from "./syntax-fixture.js";

fixtureSuite("for", {
  "syntax: #:when in the body": {
    result: "ERROR: #%datum: keyword misused as an expression\n  in: #:when",
    why: "the evaluator's error for a keyword in expression position has `in:` where Racket has `at:`",
  },
});
