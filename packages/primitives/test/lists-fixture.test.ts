// The list procedures against Racket 8.7: fixtures/lists.json, recorded from lists-cases.rktd by
// fixtures/record-cases.rkt (values, output and exact error messages).

import { describeRecorded } from "./recorded-cases.js";

describeRecorded("lists (recorded from Racket)", "lists.json");
