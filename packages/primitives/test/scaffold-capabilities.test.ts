// A sandbox holds capabilities; the scaffold's bindings that need one the sandbox lacks refuse
// with a reason instead of working (sub-sandboxes: no finish, no unsafe-*; see scaffold.md).

import { describe, expect, it } from "vitest";
import { Exn } from "@rlms/evaluator";
import { createEvaluator, scaffold } from "@rlms/primitives";

const host: scaffold.ScaffoldHost = {
  complete: async (request) => ({ text: `answer to ${request.data}`, callId: "e1", model: "m", promptTokens: 1, completionTokens: 1, costUsd: 0 }),
  budgetScope: (_parent, limit) => ({ limit, remaining: () => limit }),
  usage: () => ({ promptTokens: 0, completionTokens: 0, totalTokens: 0, calls: 0, costUsd: 0 }),
  rateLimits: () => ({}),
  namedContext: () => undefined,
};

async function run(capabilities: ReadonlySet<scaffold.Capability>, code: string): Promise<string> {
  const ev = createEvaluator();
  scaffold.installScaffold(ev, host, capabilities);
  const r = await ev.run(code);
  if (r.status === "error") return `error: ${r.error instanceof Exn ? r.error.message : String(r.error)}`;
  return r.status === "ok" || r.status === "finished" ? `${r.status}: ${JSON.stringify(r.value)}` : r.status;
}

describe("scaffold capabilities", () => {
  it("a sandbox with every capability finishes, calls models and uses escape hatches", async () => {
    expect(await run(scaffold.ALL_CAPABILITIES, `(finish (list (syntax-e (llm-query #:data "q")) (unsafe-raw-query #:data "r")))`)).toMatch(/^finished/);
  });

  it("without finish: finish and finish-var refuse and say what to do instead", async () => {
    const sub = new Set<scaffold.Capability>(["llm"]);
    expect(await run(sub, `(define x 1) (finish x)`)).toBe(
      "error: finish: only the root sandbox can end the run; define a variable instead (the parent reads it with finish-var)",
    );
    expect(await run(sub, `(finish-var "x")`)).toMatch(/^error: finish-var: only the root sandbox can end the run/);
    // The calls still work there, and the names are still protected.
    expect(await run(sub, `(syntax-e (llm-query #:data "q"))`)).toBe('ok: "answer to q"');
    expect(await run(sub, `(define finish 1)`)).toMatch(/cannot redefine scaffold binding finish/);
  });

  it("without unsafe: unsafe-raw-query refuses (with its keywords still accepted), llm-query works", async () => {
    const sub = new Set<scaffold.Capability>(["llm"]);
    expect(await run(sub, `(unsafe-raw-query #:instruction "write code" #:data "x")`)).toBe(
      "error: unsafe-raw-query: escape hatches (unsafe-*) are not available in this sandbox",
    );
  });

  it("without llm: no call is sent", async () => {
    expect(await run(new Set(), `(llm-query #:data "q")`)).toBe("error: llm-query: this sandbox may not call language models");
    expect(await run(new Set(), `(llm-query-async #:data "q")`)).toBe("error: llm-query-async: this sandbox may not call language models");
  });
});
