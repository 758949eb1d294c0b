// The text summary `rlms trace FILE` prints: totals, usage per model, errors, the call tree.
import { describe, expect, it } from "vitest";
import { Trace, summarizeTrace, traceStats, type TraceEvent } from "../src/trace/index.js";

const T0 = Date.UTC(2025, 0, 2, 3, 4, 5);

/**
 * A run with three concurrent calls (one failing), a sub-sandbox making one call on a model
 * without a price, and a Python call. gpt-4o-mini costs $0.15 / $0.60 per million tokens:
 * 200 prompt + 50 completion = $0.00006, 100 + 20 = $0.000027.
 */
function smallTrace(): TraceEvent[] {
  let now = T0;
  const at = (ms: number) => (now = T0 + ms);
  const trace = new Trace({ clock: () => now });
  const run = trace.begin("run", { parentId: null, depth: 0, name: "plan.scm" });
  at(10);
  const q = trace.begin("llm", { parentId: run.id, depth: 0, name: "llm-query", model: "gpt-4o-mini", prompt: { instruction: "Summarise", data: "text" } });
  at(20);
  const m1 = trace.begin("llm", { parentId: run.id, depth: 0, name: "map-async item 1", model: "gpt-4o-mini" });
  at(30);
  const m2 = trace.begin("llm", { parentId: run.id, depth: 0, name: "map-async item 2", model: "local-model" });
  at(400);
  m1.end({ status: "ok", tokens: { prompt: 100, completion: 20, total: 120 }, costUsd: 0.000027 });
  at(500);
  q.end({ status: "ok", tokens: { prompt: 200, completion: 50, total: 250 }, costUsd: 0.00006, retries: 1 });
  at(600);
  m2.end({ status: "error", error: "HTTP 500 from the server (model local-model): boom" });
  at(700);
  const sub = trace.begin("sub-sandbox", { parentId: run.id, depth: 1, name: "unsafe-exec-sub-output" });
  at(710);
  const inner = trace.begin("llm", { parentId: sub.id, depth: 1, name: "llm-query", model: "local-model" });
  at(900);
  inner.end({ status: "ok", tokens: { prompt: 40, completion: 10, total: 50 }, costUsd: null });
  at(950);
  sub.end({ status: "ok" });
  at(1000);
  const py = trace.begin("python", { parentId: run.id, depth: 0, name: "py-exec" });
  at(1100);
  py.end({ status: "ok" });
  at(2500);
  run.end({ status: "ok" });
  return [...trace.events()];
}

describe("summarizeTrace", () => {
  it("prints totals, usage per model, errors and the call tree", () => {
    expect(summarizeTrace(smallTrace())).toBe(
      [
        "trace: 7 events, started 2025-01-02T03:04:05.000Z, wall time 2.50 s",
        "events: run 1, llm 4, python 1, sub-sandbox 1",
        "status: ok 6, error 1",
        "LLM calls in flight: at most 3",
        "retries: 1",
        "tokens and cost:",
        "  gpt-4o-mini  2 calls  370 tokens (300 prompt + 70 completion)  $0.000087",
        "  local-model  2 calls  50 tokens (40 prompt + 10 completion)    price unknown",
        "  total        4 calls  420 tokens (340 prompt + 80 completion)  $0.000087 + 1 unpriced call",
        "errors (1):",
        "  e4 llm map-async item 2 local-model: HTTP 500 from the server (model local-model): boom",
        "call tree:",
        "  e1 run plan.scm  2.50 s  ok  [subtree 420 tokens, $0.000087 + 1 unpriced call]",
        "    e2 llm llm-query gpt-4o-mini  490 ms  250 tokens  ok  1 retry",
        "    e3 llm map-async item 1 gpt-4o-mini  380 ms  120 tokens  ok",
        "    e4 llm map-async item 2 local-model  570 ms  error",
        "    e5 sub-sandbox unsafe-exec-sub-output  250 ms  ok  [subtree 50 tokens, price unknown]",
        "      e6 llm llm-query local-model  190 ms  50 tokens  ok",
        "    e7 python py-exec  100 ms  ok",
      ].join("\n"),
    );
  });

  it("reads the same from events in file (end) order", () => {
    const events = smallTrace();
    const endOrder = [...events].sort((a, b) => a.end! - b.end!);
    expect(summarizeTrace(endOrder)).toBe(summarizeTrace(events));
  });

  it("says so for an empty trace", () => {
    expect(summarizeTrace([])).toBe("trace: no events");
  });

  it("shows events still running, and a single model without a total line", () => {
    let now = T0;
    const trace = new Trace({ clock: () => now });
    const run = trace.begin("run", { parentId: null, depth: 0 });
    trace.begin("llm", { parentId: run.id, depth: 0, model: "gpt-4o" });
    now = T0 + 65_000;
    trace.begin("checkpoint", { parentId: run.id, depth: 0, name: "step-1" }).end({ status: "ok" });
    expect(summarizeTrace(trace.events())).toBe(
      [
        "trace: 3 events, started 2025-01-02T03:04:05.000Z, wall time 1 min 05 s",
        "events: run 1, llm 1, checkpoint 1",
        "status: ok 1, running 2",
        "LLM calls in flight: at most 1",
        "tokens and cost:",
        "  gpt-4o  1 call  0 tokens (0 prompt + 0 completion)  $0",
        "call tree:",
        "  e1 run  not ended  running",
        "    e2 llm gpt-4o  not ended  running",
        "    e3 checkpoint step-1  0 ms  ok",
      ].join("\n"),
    );
  });

  it("writes tiny costs out in full, never as 1.5e-7", () => {
    const trace = new Trace({ clock: () => T0 });
    trace.begin("llm", { parentId: null, depth: 0, model: "gpt-4o-mini" }).end({ status: "ok", tokens: { prompt: 1, completion: 0, total: 1 }, costUsd: 1.5e-7 });
    expect(summarizeTrace(trace.events())).toContain("  gpt-4o-mini  1 call  1 token (1 prompt + 0 completion)  $0.00000015");
  });

  it("keeps the head and the tail of a long error message (a Python traceback)", () => {
    const traceback = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join("\n");
    const trace = new Trace({ clock: () => T0 });
    trace.begin("python", { parentId: null, depth: 2, name: "py-exec" }).end({ status: "error", error: traceback });
    const text = summarizeTrace(trace.events());
    expect(text).toContain(
      ["errors (1):", "  e1 python py-exec at depth 2: line 1", "      line 2", "      line 3", "      line 4", "      … (3 lines)", "      line 8", "      line 9", "      line 10", "      line 11", "      line 12", "call tree:"].join("\n"),
    );
  });

  it("elides the middle of a long list of siblings, saying what it hides", () => {
    let now = T0;
    const trace = new Trace({ clock: () => now });
    const run = trace.begin("run", { parentId: null, depth: 0 });
    for (let i = 1; i <= 30; i++) {
      now = T0 + i;
      const span = trace.begin("llm", { parentId: run.id, depth: 0, name: `item ${i}` });
      span.end(i === 15 ? { status: "error", error: "bad item" } : { status: "ok", tokens: { prompt: 8, completion: 2, total: 10 } });
    }
    now = T0 + 100;
    run.end({ status: "ok" });
    const tree = summarizeTrace(trace.events()).split("call tree:\n")[1]!.split("\n");
    // 12 children at most: the first 9, one line for the 19 in the middle, the last 2.
    expect(tree).toEqual([
      "  e1 run  100 ms  ok  [subtree 290 tokens, $0]",
      ...Array.from({ length: 9 }, (_, i) => `    e${i + 2} llm item ${i + 1}  0 ms  10 tokens  ok`),
      "    … 19 events not shown (19 llm; 180 tokens; 1 error)",
      "    e30 llm item 29  0 ms  10 tokens  ok",
      "    e31 llm item 30  0 ms  10 tokens  ok",
    ]);
    // The hidden error is still listed among the errors.
    expect(summarizeTrace(trace.events())).toContain("errors (1):\n  e16 llm item 15: bad item\n");
  });

  it("stops a very long tree at maxTreeLines and counts the rest", () => {
    const trace = new Trace({ clock: () => T0 });
    const run = trace.begin("run", { parentId: null, depth: 0 });
    for (let i = 0; i < 30; i++) trace.begin("python", { parentId: run.id, depth: 0 }).end({ status: "ok" });
    run.end({ status: "ok" });
    const tree = summarizeTrace(trace.events(), { maxTreeLines: 5, maxChildren: 100 }).split("call tree:\n")[1]!.split("\n");
    expect(tree).toEqual(["  e1 run  0 ms  ok", "    e2 python  0 ms  ok", "    e3 python  0 ms  ok", "    e4 python  0 ms  ok", "    e5 python  0 ms  ok", "  … 26 more events not shown"]);
  });

  it("lists at most maxErrors errors", () => {
    const trace = new Trace({ clock: () => T0 });
    for (let i = 0; i < 4; i++) trace.begin("llm", { parentId: null, depth: 0 }).end({ status: "error", error: `failure ${i}` });
    const text = summarizeTrace(trace.events(), { maxErrors: 2 });
    expect(text).toContain("errors (4):\n  e1 llm: failure 0\n  e2 llm: failure 1\n  … 2 more errors\ncall tree:");
  });
});

describe("traceStats: calls in flight", () => {
  const llm = (id: string, start: number, end: number): TraceEvent => ({ id, parentId: null, depth: 0, kind: "llm", start, end, status: "ok" });

  it("a call starting in the millisecond another ends did not overlap it", () => {
    expect(traceStats([llm("e1", 0, 10), llm("e2", 10, 20), llm("e3", 20, 30)]).maxLlmInFlight).toBe(1);
  });

  it("calls that took no measurable time (replays) still count while in flight together", () => {
    expect(traceStats([llm("e1", 5, 5), llm("e2", 5, 5), llm("e3", 5, 5)]).maxLlmInFlight).toBe(3);
  });

  it("only language-model calls count", () => {
    const py: TraceEvent = { id: "e2", parentId: null, depth: 0, kind: "python", start: 0, end: 10, status: "ok" };
    expect(traceStats([llm("e1", 0, 10), py]).maxLlmInFlight).toBe(1);
  });
});
