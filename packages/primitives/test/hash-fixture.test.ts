// Hash tables against Racket 8.7: the expressions in fixtures/hash-cases.rktd, recorded into
// fixtures/hash.json by fixtures/record-cases.rkt (values, output and error messages).

import { describeRecorded } from "./recorded-cases.js";

describeRecorded("hash tables agree with Racket", "hash.json");
