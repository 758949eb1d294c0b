// The standard library: the bindings every sandbox starts with (before the scaffold).

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Evaluator, type EvaluatorOptions } from "@rlms/evaluator";
import { EQUALITY_PRIMITIVES } from "./equality.js";
import { PAIR_PRIMITIVES } from "./lists/pairs.js";
import { OUTPUT_PRIMITIVES } from "./ports/output.js";
import { numberConstants, numberPrimitives } from "./numbers/index.js";

/** Library procedures written in TypeScript, by Racket name. */
export function standardPrimitives(): Array<readonly [string, unknown]> {
  return [
    ...EQUALITY_PRIMITIVES,
    ...PAIR_PRIMITIVES,
    ...OUTPUT_PRIMITIVES,
    ...numberPrimitives.map((p) => [p.name, p] as const),
    ...numberConstants,
  ];
}

/** Files of library code written in Scheme, loaded in this order after the primitives. */
const SCHEME_LIBRARY = ["prelude.scm"];

let schemeSources: { name: string; text: string }[] | undefined;
function schemeLibrary(): { name: string; text: string }[] {
  // src/ and dist/ are both one level below the package root, where scheme/ lives.
  schemeSources ??= SCHEME_LIBRARY.map((name) => ({
    name,
    text: readFileSync(fileURLToPath(new URL(`../scheme/${name}`, import.meta.url)), "utf8"),
  }));
  return schemeSources;
}

/** An evaluator with the whole standard library: plain Scheme, no orchestration scaffold. */
export function createEvaluator(options: EvaluatorOptions = {}): Evaluator {
  const ev = new Evaluator({ library: [...standardPrimitives(), ...(options.library ?? [])] });
  for (const { name, text } of schemeLibrary()) ev.loadLibrary(text, name);
  return ev;
}
