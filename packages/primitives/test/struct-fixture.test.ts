// struct, define-struct, struct-copy, struct? and struct->vector against programs recorded from
// Racket 8.7 (fixtures/struct-cases.scm → struct.json).

import { fixtureSuite } from "./syntax-fixture.js";

fixtureSuite("struct", {});
