// The vector procedures against Racket 8.7: fixtures/vectors.json, recorded from
// vectors-cases.rktd by fixtures/record-cases.rkt (values, output and exact error messages).

import { describeRecorded } from "./recorded-cases.js";

describeRecorded("vectors (recorded from Racket)", "vectors.json");
