// `require` of covered libraries and `provide`, against programs recorded from Racket 8.7
// (fixtures/require-cases.scm → require.json).

import { fixtureSuite } from "./syntax-fixture.js";

const MODULE_FORM = "rlms programs are module bodies, where provide is allowed (Racket's REPL top level rejects it)";

fixtureSuite("require", {
  "provide: accepted": { result: "1", why: MODULE_FORM },
  "provide: with contract-out-like forms": { result: "2", why: MODULE_FORM },
});
