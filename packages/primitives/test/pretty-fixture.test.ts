// racket/pretty against programs recorded from Racket 8.7 (fixtures/pretty-cases.scm →
// pretty.json, by fixtures/syntax-oracle.rkt): data that fits on a line and data that breaks,
// association lists, hash tables, vectors, boxes, structs (transparent, opaque, prefab, with their
// own printer), sets, quoted code laid out in Racket's styles, quote forms, strings with
// newlines, tabs and wide characters, widths set with parameterize and directly, 'infinity,
// pretty-format, ports and quote depth, cycles, and the argument errors.

import { fixtureSuite } from "./syntax-fixture.js";

fixtureSuite("pretty", {});
