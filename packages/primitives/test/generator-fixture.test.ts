// racket/generator (generators, in-generator), in-producer, make-do-sequence and time, against
// programs recorded from Racket 8.7 (fixtures/generator-cases.scm → generator.json).

import { fixtureSuite } from "./syntax-fixture.js";

fixtureSuite("generator", {});
