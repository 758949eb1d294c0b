// Boxes, boolean=?/symbol=?, hash codes and clocks against Racket 8.7: fixtures/misc-cases.rktd,
// recorded into fixtures/misc.json by fixtures/record-cases.rkt.

import { describeRecorded } from "./recorded-cases.js";

describeRecorded("boxes and misc values agree with Racket", "misc.json");
