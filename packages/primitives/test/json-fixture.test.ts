// Racket's json library against Racket 8.7 (values, output, and read errors with their
// positions): fixtures/json-cases.rktd, recorded into fixtures/json.json by fixtures/record-cases.rkt.

import { describeRecorded } from "./recorded-cases.js";

describeRecorded("json agrees with Racket", "json.json");
