// Prefab structs and structs with their own printer (gen:custom-write, prop:custom-write)
// against programs recorded from Racket 8.7 (fixtures/struct-printing-cases.scm →
// struct-printing.json): printing in the three modes and through printf, format and ~a, the mode
// argument, printers that print other values, continuations re-entering a printer, prefab keys
// and equality, and the errors.

import { fixtureSuite } from "./syntax-fixture.js";

fixtureSuite("struct-printing", {});
