// (being written)
import type { macros } from "@rlms/evaluator";
export const LIBRARY_MACROS: ReadonlyArray<readonly [string, macros.Transformer]> = [];
