// The order in which hash tables list their entries against Racket 8.7: the expressions in
// fixtures/hash-order-cases.rktd, recorded into fixtures/hash-order.json by
// fixtures/record-cases.rkt. Immutable tables (iteration and fold orders of the hash trie),
// mutable ones (bucket order through growth, shrinking, clearing and copying, and the order
// Racket remembers from the last iteration), eq and eqv tables of fixnums, printing, and sets.

import { describeRecorded } from "./recorded-cases.js";

describeRecorded("hash tables list their entries in Racket's order", "hash-order.json");
