// racket/match against programs recorded from Racket 8.7 (fixtures/match-cases.scm → match.json).

import { fixtureSuite } from "./syntax-fixture.js";

fixtureSuite("match", {});
