// The library's syntax: struct, match, for and require, as macros written in TypeScript, and the
// run-time procedures their expansions call.

import type { macros } from "@rlms/evaluator";
import { STRUCT_MACROS } from "./struct.js";
import { STRUCT_PRIMITIVES } from "./struct-primitives.js";
import { FOR_MACROS } from "./for.js";
import { SEQUENCE_PRIMITIVES } from "./sequence.js";
import { PROCEDURAL_SEQUENCE_PRIMITIVES } from "./procedural-sequence.js";
import { MATCH_MACROS } from "./match.js";
import { MATCH_PRIMITIVES } from "./match-runtime.js";
import { REQUIRE_MACROS } from "./require.js";
import { RACKUNIT_MACROS } from "./rackunit.js";

export const LIBRARY_MACROS: ReadonlyArray<readonly [string, macros.Transformer]> = [...STRUCT_MACROS, ...FOR_MACROS, ...MATCH_MACROS, ...REQUIRE_MACROS, ...RACKUNIT_MACROS];

/** Procedures for library.ts's standardPrimitives: `struct?`, `in-range`..., and internal helpers. */
export const SYNTAX_SUPPORT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ...STRUCT_PRIMITIVES,
  ...SEQUENCE_PRIMITIVES,
  ...PROCEDURAL_SEQUENCE_PRIMITIVES,
  ...MATCH_PRIMITIVES,
];
