// racket/list (and the rest of racket/base's list procedures beyond pairs.ts) written in
// TypeScript: everything that does not call back into Scheme, plus the `%`-named helpers that
// scheme/prelude.scm and scheme/lists.scm use for argument checks and fast paths.

import { Pair } from "@rlms/reader";
import { definePrimitive } from "@rlms/evaluator";
import { ACCESS_PRIMITIVES } from "./access.js";
import { ListBuilder } from "./checks.js";
import { NATIVE_LOOP_PRIMITIVES } from "./native-loops.js";
import { CONSTRUCT_PRIMITIVES } from "./construct.js";
import { PROCEDURE_CHECK_PRIMITIVES } from "./procedure-checks.js";
import { REMOVAL_PRIMITIVES } from "./removal.js";
import { SLICING_PRIMITIVES } from "./slicing.js";
import { SORT_PRIMITIVES } from "./sort.js";

/**
 * `(%cars ls)` and `(%cdrs ls)`: the cars (cdrs) of a list of pairs, for the loops over several
 * lists in prelude.scm (whose lengths were checked first).
 */
function mapPairs(name: string, field: "car" | "cdr") {
  return definePrimitive(name, 1, (ls: unknown) => {
    const out = new ListBuilder();
    for (let p = ls; p instanceof Pair; p = p.cdr) out.push((p.car as Pair)[field]);
    return out.list;
  });
}

export const LIST_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ...ACCESS_PRIMITIVES,
  ...SLICING_PRIMITIVES,
  ...CONSTRUCT_PRIMITIVES,
  ...REMOVAL_PRIMITIVES,
  ...PROCEDURE_CHECK_PRIMITIVES,
  ...SORT_PRIMITIVES,
  ...NATIVE_LOOP_PRIMITIVES,
  ["%cars", mapPairs("%cars", "car")],
  ["%cdrs", mapPairs("%cdrs", "cdr")],
];
