// What racket/generator (scheme/generator.scm) needs from TypeScript: recognising generators.
// A generator is the procedure generator.scm makes (printed `#<procedure:generator>`, as Racket
// prints its generator structs); `generator?` knows which procedures are generators.

import { definePrimitive } from "@rlms/evaluator";

const generators = new WeakSet<object>();

export const GENERATOR_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  [
    "%mark-generator",
    definePrimitive("%mark-generator", 1, (proc: object) => {
      generators.add(proc);
      return proc;
    }),
  ],
  ["generator?", definePrimitive("generator?", 1, (v: unknown) => typeof v === "object" && v !== null && generators.has(v))],
];
