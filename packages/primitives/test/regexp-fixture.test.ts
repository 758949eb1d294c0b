// Regular expressions against Racket 8.7: the expressions in fixtures/regexp-cases.rktd, recorded
// into fixtures/regexp.json by fixtures/record-cases.rkt (matches, positions, the
// regexp-match*/split/replace loops, insert strings, racket/string with regexps, and the error
// messages of bad arguments and bad patterns).

import { describeRecorded } from "./recorded-cases.js";

describeRecorded("regexps agree with Racket", "regexp.json");
