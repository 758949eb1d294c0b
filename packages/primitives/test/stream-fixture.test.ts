// racket/stream: stream-cons and the other kinds of streams, the operations on them, for/stream,
// and streams as sequences, against programs recorded from Racket 8.7
// (fixtures/stream-cases.scm → stream.json).

import { fixtureSuite } from "./syntax-fixture.js";

fixtureSuite("stream", {});
