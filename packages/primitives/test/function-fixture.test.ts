// racket/function, compose and procedure arity against Racket 8.7: fixtures/function-cases.rktd,
// recorded into fixtures/function.json by fixtures/record-cases.rkt.

import { describeRecorded } from "./recorded-cases.js";

describeRecorded("racket/function agrees with Racket", "function.json");
