// Exceptions as structs: Racket's exception types and their procedures, a program's own
// subtypes of exn:fail, printing, matching and raising them, against programs recorded from
// Racket 8.7 (fixtures/exn-cases.scm → exn.json).

import { fixtureSuite } from "./syntax-fixture.js";

fixtureSuite("exn", {});
