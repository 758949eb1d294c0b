// racket/set against Racket 8.7: the expressions in fixtures/set-cases.rktd, recorded into
// fixtures/set.json by fixtures/record-cases.rkt (printing and Racket's element order, the
// operations on hash sets, mutable sets and lists, for/set, sequences, and the error messages).

import { describeRecorded } from "./recorded-cases.js";

describeRecorded("racket/set agrees with Racket", "set.json");
