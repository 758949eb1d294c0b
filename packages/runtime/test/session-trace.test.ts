// The trace a session keeps of its runs (scaffold.md, "Trace"): every call is an event under the
// run that made it, with what was asked, what came back, what it cost and how it ended; the same
// events are written to a JSON-lines file as they end.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildTraceTree, readTraceFile } from "@rlms/runtime";
import { closeAfterEach, scriptedSession } from "./support/scripted-session.js";

closeAfterEach();

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Answers "r<n>" for data "<n>", after (3 - n) × 15 ms, so later items finish first. */
const REVERSED: Parameters<typeof scriptedSession>[0] = [
  {
    reply: (q) => `r${q.lastUserMessage}`,
    latencyMs: (q) => (3 - Number(q.lastUserMessage)) * 15,
    usage: { prompt_tokens: 10, completion_tokens: 90, total_tokens: 100 },
    model: "gpt-4o-mini-2024-07-18",
  },
];

const MAP_THREE = `(map-async (lambda (i) (syntax-e (llm-query #:instruction "Be brief." #:data (number->string i)))) '(0 1 2))`;

describe("the trace of a run", () => {
  it("is a tree: one run event with the run's calls as children, each with prompt, response, tokens, cost, model and status", async () => {
    const { session } = await scriptedSession(REVERSED);
    const r = await session.execute(MAP_THREE, { source: "plan.scm" });
    expect(r.value).toEqual(["r0", "r1", "r2"]);
    const tree = buildTraceTree(session.trace());
    expect(tree).toHaveLength(1);
    const [run] = tree;
    expect(run).toMatchObject({ kind: "run", name: "plan.scm", parentId: null, depth: 0, status: "ok" });
    expect(run!.end).toBeGreaterThanOrEqual(run!.start);
    // Children in start order (0, 1, 2) although they ended in the opposite order.
    expect(run!.children.map((c) => c.prompt)).toEqual(["0", "1", "2"].map((data) => ({ instruction: "Be brief.", data, images: 0 })));
    for (const [i, call] of run!.children.entries()) {
      expect(call).toMatchObject({
        kind: "llm",
        name: "llm-query",
        parentId: run!.id,
        depth: 0,
        status: "ok",
        response: `r${i}`,
        // The model that answered (a dated snapshot), priced as gpt-4o-mini: 10 × $0.15/1M + 90 × $0.60/1M.
        model: "gpt-4o-mini-2024-07-18",
        tokens: { prompt: 10, completion: 90, total: 100 },
        costUsd: expect.closeTo(0.0000555, 12),
        retries: 0,
        children: [],
      });
      expect(call.end).toBeGreaterThanOrEqual(call.start);
    }
    const ends = run!.children.map((c) => c.end!);
    expect(ends[2]).toBeLessThanOrEqual(ends[0]!);
  });

  it("keeps each run's calls under its own run event, across runs", async () => {
    const { session } = await scriptedSession([]);
    await session.execute(`(llm-query #:data "first run")`);
    await session.execute(`(llm-query #:data "second run") (llm-query #:data "again")`);
    const tree = buildTraceTree(session.trace());
    expect(tree.map((run) => [run.kind, run.children.map((c) => c.prompt?.data)])).toEqual([
      ["run", ["first run"]],
      ["run", ["second run", "again"]],
    ]);
  });

  it("a failed call has status error and the message; the run that raised it has status error too", async () => {
    const { session } = await scriptedSession([{ status: 400, errorMessage: "context length exceeded" }]);
    const r = await session.execute(`(define a (try (llm-query #:data "x") on-error (lambda (m) m))) (llm-query #:data "y")`);
    expect(r.status).toBe("error");
    const [run, caught, uncaught] = session.trace();
    expect(caught).toMatchObject({ kind: "llm", status: "error", parentId: run!.id, error: expect.stringMatching(/^language-model request failed: HTTP 400 from .*context length exceeded$/) });
    expect(caught!.response).toBeUndefined();
    expect(uncaught).toMatchObject({ status: "error", prompt: { data: "y" } });
    expect(run).toMatchObject({ kind: "run", status: "error", error: r.error?.message });
  });

  it("a call refused by its budget is in the trace as an error (nothing was sent)", async () => {
    const { session, server } = await scriptedSession([]);
    await session.execute(`(try (parameterize ([token-budget 10]) (llm-query #:data "x")) on-error void)`);
    expect(server.requests).toHaveLength(0);
    expect(session.trace()[1]).toMatchObject({ kind: "llm", status: "error", error: expect.stringMatching(/^token budget exceeded: .*nothing was sent$/) });
  });

  it("counts retries: a 429 with Retry-After 0 then a success is one retry", async () => {
    const { session, server } = await scriptedSession([{ status: 429, headers: { "retry-after": "0" }, times: 1 }]);
    const r = await session.execute(`(syntax-e (llm-query #:data "x"))`);
    expect(r.value).toBe("echo: x");
    expect(server.requests.map((q) => q.status)).toEqual([429, 200]);
    expect(session.trace()[1]).toMatchObject({ kind: "llm", status: "ok", retries: 1 });
  });

  it("counts the retries of a call that failed after retrying", async () => {
    const { session, server } = await scriptedSession([{ status: 503 }], { llm: { retry: { maxRetries: 2, baseDelayMs: 1 } } });
    const r = await session.execute(`(llm-query #:data "x")`);
    expect(r.error?.message).toMatch(/^llm-query: language-model request failed: HTTP 503 .*\(gave up after 2 retries\)$/);
    expect(server.requests).toHaveLength(3);
    expect(session.trace()[1]).toMatchObject({ kind: "llm", status: "error", retries: 2 });
  });

  it("notes a run ended by finish as ok with the finished value as its response", async () => {
    const { session } = await scriptedSession([]);
    await session.execute(`(finish (list 1 2))`);
    expect(session.trace()[0]).toMatchObject({ kind: "run", status: "ok", response: "(1 2)" });
  });
});

describe("trace: false", () => {
  it("keeps a run's events only while it runs (ids for cancel(callId) still work), none afterwards", async () => {
    const { session, server } = await scriptedSession([{ match: /hang/, hang: true }], { trace: false });
    expect((await session.execute(`(syntax-e (llm-query #:data "x"))`)).value).toBe("echo: x");
    expect(session.trace()).toEqual([]);
    const running = session.execute(`(try (llm-query #:data "hang") on-error (lambda (m) 'cancelled))`);
    await server.waitFor((s) => s.inFlight === 1, "the call in flight");
    const call = session.trace().find((e) => e.kind === "llm" && e.status === "running");
    expect(session.cancel(call!.id)).toBe(true);
    expect((await running).value).toBe("cancelled");
    expect(session.trace()).toEqual([]);
  });
});

describe("the trace file (option trace: {file})", () => {
  it("has one JSON line per event, written as each ends, that reads back as the session's trace", async () => {
    dir = mkdtempSync(join(tmpdir(), "rlms-session-trace-"));
    const file = join(dir, "trace.jsonl");
    const { session } = await scriptedSession(REVERSED, { trace: { file } });
    await session.execute(MAP_THREE);
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(4);
    const written = lines.map((l) => JSON.parse(l) as { kind: string; prompt?: { data: string } });
    // End order: the calls (last item first), then the run.
    expect(written.map((e) => e.kind)).toEqual(["llm", "llm", "llm", "run"]);
    expect(written.slice(0, 3).map((e) => e.prompt?.data)).toEqual(["2", "1", "0"]);
    expect(readTraceFile(file)).toEqual(session.trace());
  });
});
