// Capabilities (architecture.md): what a sandbox may do. Every scaffold binding declares the ones
// it needs; a sandbox without one still has the name (protected like the others), bound to a
// procedure that refuses with a message saying why and what to do instead. Sub-sandboxes get a
// subset of their parent's capabilities; nothing can widen them.

import { KeywordPrimitive, Exn, defineKeywordPrimitive } from "@rlms/evaluator";

/** The capabilities of the bindings that exist today (python, checkpoint, sub-sandbox, recursive come with theirs). */
export type Capability = "llm" | "finish" | "unsafe";

export const ALL_CAPABILITIES: ReadonlySet<Capability> = new Set(["llm", "finish", "unsafe"]);

const WHY: Readonly<Record<Capability, string>> = {
  llm: "this sandbox may not call language models",
  finish: "only the root sandbox can end the run; define a variable instead (the parent reads it with finish-var)",
  unsafe: "escape hatches (unsafe-*) are not available in this sandbox",
};

/** The stand-in for `value` in a sandbox that lacks `missing`: same name and keywords, refuses when called. */
export function refusal(name: string, value: unknown, missing: Capability): unknown {
  const keywords = value instanceof KeywordPrimitive ? value.keywords : [];
  return defineKeywordPrimitive(name, [0, Infinity], keywords, () => {
    throw new Exn("exn:fail:unsupported", `${name}: ${WHY[missing]}`);
  });
}
