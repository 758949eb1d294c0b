// Prompts, aborts, composable and escape continuations, and continuation marks, against programs
// recorded from Racket 8.7 (fixtures/control-cases.scm → control.json). Uncaught exceptions
// inside a prompt are in the corpus instead (test/corpus/continuations/prompt-uncaught-error.rkt):
// the oracle runs each case under its own exception handler.

import { fixtureSuite } from "./syntax-fixture.js";

fixtureSuite("control", {});
