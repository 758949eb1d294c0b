// The Trace object as the session and scaffold use it: spans begun and ended in any order, the
// tree they form, truncation, listeners, reset and close.
import { describe, expect, it, vi } from "vitest";
import { Trace, buildTraceTree, traceStats, type TraceEvent, type TraceNode } from "../src/trace/index.js";

/** A clock the test moves by hand. */
function fakeClock(start = 1_000) {
  let now = start;
  return { clock: () => now, at: (t: number) => (now = t) };
}

/** The tree as nested ids, e.g. ["e1", [["e2", []], ...]]. */
type Shape = [string, Shape[]];
const shape = (nodes: TraceNode[]): Shape[] => nodes.map((n) => [n.id, shape(n.children)]);

describe("Trace spans", () => {
  it("hands out ids e1, e2, ... in begin order and keeps running events in events()", () => {
    const { clock, at } = fakeClock();
    const trace = new Trace({ clock });
    const run = trace.begin("run", { parentId: null, depth: 0, name: "plan.scm" });
    at(1_005);
    const call = trace.begin("llm", { parentId: run.id, depth: 0, name: "llm-query", model: "gpt-4o-mini", prompt: { instruction: "Be brief", data: "text", images: 1 } });
    expect([run.id, call.id]).toEqual(["e1", "e2"]);
    expect(trace.events()).toEqual([
      { id: "e1", parentId: null, depth: 0, kind: "run", name: "plan.scm", start: 1_000, status: "running" },
      { id: "e2", parentId: "e1", depth: 0, kind: "llm", name: "llm-query", start: 1_005, model: "gpt-4o-mini", prompt: { instruction: "Be brief", data: "text", images: 1 }, status: "running" },
    ]);
    at(1_250);
    call.note("added a JSON instruction");
    call.end({ status: "ok", response: "short", tokens: { prompt: 12, completion: 3, total: 15 }, costUsd: 0.0000036, retries: 2, model: "gpt-4o-mini-2024-07-18" });
    expect(trace.events()[1]).toEqual({
      id: "e2",
      parentId: "e1",
      depth: 0,
      kind: "llm",
      name: "llm-query",
      start: 1_005,
      end: 1_250,
      model: "gpt-4o-mini-2024-07-18",
      prompt: { instruction: "Be brief", data: "text", images: 1 },
      response: "short",
      tokens: { prompt: 12, completion: 3, total: 15 },
      costUsd: 0.0000036,
      retries: 2,
      status: "ok",
      notes: ["added a JSON instruction"],
    });
  });

  it("events() returns snapshots: changing them, or the caller's prompt object, does not change the trace", () => {
    const trace = new Trace();
    const prompt = { data: "original" };
    const span = trace.begin("llm", { parentId: null, depth: 0, prompt });
    prompt.data = "changed by the caller";
    const snapshot = trace.events()[0]!;
    snapshot.status = "error";
    snapshot.prompt!.data = "changed by a reader";
    span.note("first");
    (trace.events()[0]!.notes as string[]).push("pushed by a reader");
    expect(trace.events()[0]).toMatchObject({ status: "running", prompt: { data: "original" }, notes: ["first"] });
  });

  it("builds the tree in start order whatever order the spans end in", () => {
    const { clock, at } = fakeClock();
    const trace = new Trace({ clock });
    const run = trace.begin("run", { parentId: null, depth: 0 });
    const calls = [1, 2, 3].map((i) => {
      at(1_000 + i);
      return trace.begin("llm", { parentId: run.id, depth: 0, name: `map-async item ${i}` });
    });
    at(1_010);
    const sub = trace.begin("sub-sandbox", { parentId: run.id, depth: 1 });
    const inner = trace.begin("llm", { parentId: sub.id, depth: 1 });
    // Ends arrive in a different order from the starts.
    at(1_020);
    calls[2]!.end({ status: "ok" });
    inner.end({ status: "ok" });
    calls[0]!.end({ status: "error", error: "boom" });
    sub.end({ status: "ok" });
    calls[1]!.end({ status: "ok" });
    run.end({ status: "ok" });
    expect(shape(trace.tree())).toEqual([["e1", [["e2", []], ["e3", []], ["e4", []], ["e5", [["e6", []]]]]]]);
    // The same tree from the events in end order (the order of a trace file).
    const endOrder = ["e4", "e6", "e2", "e5", "e3", "e1"].map((id) => trace.events().find((e) => e.id === id)!);
    expect(shape(buildTraceTree(endOrder))).toEqual(shape(trace.tree()));
  });

  it("keeps concurrent spans apart: each call under its own parent, all in flight together", async () => {
    const trace = new Trace();
    const run = trace.begin("run", { parentId: null, depth: 0 });
    const delays = [30, 5, 20, 1, 12, 25, 8, 3];
    // Two map-async batches, each item a span ending after its own delay.
    const batch = async (name: string) => {
      const parent = trace.begin("sub-sandbox", { parentId: run.id, depth: 1, name });
      await Promise.all(
        delays.map(async (ms, i) => {
          const span = trace.begin("llm", { parentId: parent.id, depth: 1, name: `${name} item ${i}` });
          await new Promise((r) => setTimeout(r, ms));
          span.end({ status: "ok", tokens: { prompt: i, completion: 1, total: i + 1 } });
        }),
      );
      parent.end({ status: "ok" });
    };
    await Promise.all([batch("a"), batch("b")]);
    run.end({ status: "ok" });
    const [root] = trace.tree();
    expect(root!.children.map((c) => c.name)).toEqual(["a", "b"]);
    for (const group of root!.children) {
      expect(group.children.map((c) => c.name)).toEqual(delays.map((_, i) => `${group.name} item ${i}`));
      expect(group.children.every((c) => c.parentId === group.id && c.status === "ok")).toBe(true);
    }
    // All 16 calls began before the first one ended.
    expect(traceStats(trace.events()).maxLlmInFlight).toBe(16);
  });

  it("truncates prompt parts and the response to truncateAt characters and notes what was cut", () => {
    const trace = new Trace({ truncateAt: 5 });
    const span = trace.begin("llm", { parentId: null, depth: 0, prompt: { instruction: "exactly5", data: "12345", images: 3 } });
    span.end({ status: "ok", response: "a longer response" });
    const [e] = trace.events();
    expect(e!.prompt).toEqual({ instruction: "exact", data: "12345", images: 3 });
    expect(e!.response).toBe("a lon");
    expect(e!.notes).toEqual(["instruction truncated to 5 of 8 characters", "response truncated to 5 of 17 characters"]);
  });

  it("never cuts a surrogate pair in half", () => {
    const trace = new Trace({ truncateAt: 3 });
    trace.begin("llm", { parentId: null, depth: 0, prompt: { data: "ab😀cd" } });
    expect(trace.events()[0]!.prompt!.data).toBe("ab");
    expect(trace.events()[0]!.notes).toEqual(["data truncated to 2 of 6 characters"]);
  });

  it("keeps full texts by default", () => {
    const trace = new Trace();
    const long = "x".repeat(100_000);
    trace.begin("llm", { parentId: null, depth: 0, prompt: { data: long } }).end({ status: "ok", response: long });
    expect(trace.events()[0]!.prompt!.data).toBe(long);
    expect(trace.events()[0]!.response).toBe(long);
    expect(trace.events()[0]!.notes).toBeUndefined();
  });

  it("tells listeners about begin and end with snapshots, until they unsubscribe", () => {
    const trace = new Trace();
    const seen: Array<[string, string, string]> = [];
    const off = trace.on((e, phase) => seen.push([e.id, phase, e.status]));
    const a = trace.begin("python", { parentId: null, depth: 0, name: "py-exec" });
    a.end({ status: "ok" });
    off();
    trace.begin("checkpoint", { parentId: null, depth: 0 }).end({ status: "ok" });
    expect(seen).toEqual([
      ["e1", "begin", "running"],
      ["e1", "end", "ok"],
    ]);
  });

  it("a listener that throws does not break the span or the other listeners; it becomes a warning", () => {
    const trace = new Trace();
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    const heard: string[] = [];
    trace.on(() => {
      throw new Error("listener bug");
    });
    trace.on((e, phase) => heard.push(`${e.id} ${phase}`));
    try {
      trace.begin("llm", { parentId: null, depth: 0 }).end({ status: "ok" });
      expect(heard).toEqual(["e1 begin", "e1 end"]);
      expect(trace.events()[0]!.status).toBe("ok");
      expect(warn).toHaveBeenCalledWith("a trace listener failed on begin of e1: listener bug", "TraceListenerWarning");
    } finally {
      warn.mockRestore();
    }
  });

  it("close() ends open spans as cancelled; a late end() from the call is ignored; begin() is refused", () => {
    const { clock, at } = fakeClock();
    const trace = new Trace({ clock });
    const run = trace.begin("run", { parentId: null, depth: 0 });
    const call = trace.begin("llm", { parentId: run.id, depth: 0 });
    at(1_400);
    trace.close();
    expect(trace.events().map((e) => [e.id, e.status, e.end, e.notes])).toEqual([
      ["e1", "cancelled", 1_400, ["still running when the trace was closed"]],
      ["e2", "cancelled", 1_400, ["still running when the trace was closed"]],
    ]);
    call.end({ status: "ok", response: "arrived too late" });
    call.note("also too late");
    expect(trace.events()[1]).toMatchObject({ status: "cancelled", notes: ["still running when the trace was closed"] });
    expect(trace.events()[1]!.response).toBeUndefined();
    expect(() => trace.begin("llm", { parentId: null, depth: 0 })).toThrow("trace: cannot begin a llm event: the trace is closed");
    trace.close(); // idempotent
  });

  it("a second end() or a note after end() by the caller is reported as the bug it is", () => {
    const trace = new Trace();
    const span = trace.begin("llm", { parentId: null, depth: 0, name: "llm-query" });
    span.end({ status: "ok" });
    expect(() => span.end({ status: "error", error: "x" })).toThrow("trace: end span e1 (llm llm-query) after it ended");
    expect(() => span.note("late")).toThrow("trace: note on span e1 (llm llm-query) after it ended");
    expect(trace.events()[0]!.status).toBe("ok");
  });

  it("clear() (a session reset) cancels open spans, forgets the events and keeps ids unique", () => {
    const trace = new Trace();
    trace.begin("run", { parentId: null, depth: 0 }).end({ status: "ok" });
    const open = trace.begin("llm", { parentId: null, depth: 0 });
    const ended: TraceEvent[] = [];
    trace.on((e, phase) => phase === "end" && ended.push(e));
    trace.clear();
    expect(ended.map((e) => [e.id, e.status, e.notes])).toEqual([["e2", "cancelled", ["still running when the session was reset"]]]);
    expect(trace.events()).toEqual([]);
    open.end({ status: "ok" }); // ignored: the reset already ended it
    expect(trace.begin("run", { parentId: null, depth: 0 }).id).toBe("e3");
    expect(trace.events().map((e) => e.id)).toEqual(["e3"]);
  });

  it("rejects bad arguments with messages that say what is expected", () => {
    expect(() => new Trace({ truncateAt: -1 })).toThrow("trace: truncateAt must be a non-negative integer (characters kept), got -1");
    expect(() => new Trace({ truncateAt: 2.5 })).toThrow("got 2.5");
    const trace = new Trace();
    expect(() => trace.begin("llm-call" as never, { parentId: null, depth: 0 })).toThrow(
      'trace: unknown event kind "llm-call" (expected one of run, llm, python, sub-sandbox, recursive, checkpoint, unsafe)',
    );
    expect(() => trace.begin("llm", { parentId: null, depth: -1 })).toThrow("trace: depth must be a non-negative integer, got -1");
    const span = trace.begin("llm", { parentId: null, depth: 0 });
    expect(() => span.end({ status: "running" as never })).toThrow('trace: a span ends with status ok, error or cancelled, got "running"');
  });
});

describe("buildTraceTree", () => {
  const event = (id: string, parentId: string | null, start: number): TraceEvent => ({ id, parentId, depth: 0, kind: "llm", start, end: start + 1, status: "ok" });

  it("makes an event whose parent is missing a root (a crashed session's file lacks the running parent)", () => {
    const events = [event("e2", "e1", 5), event("e3", "e2", 6), event("e4", null, 7)];
    expect(shape(buildTraceTree(events))).toEqual([["e2", [["e3", []]]], ["e4", []]]);
  });

  it("orders events of the same millisecond by id sequence (e9 before e10)", () => {
    const events = [event("e10", null, 5), event("e9", null, 5), event("e11", null, 4)];
    expect(buildTraceTree(events).map((n) => n.id)).toEqual(["e11", "e9", "e10"]);
  });

  it("cuts a cycle of parent links (a hand-edited file) so every event appears once", () => {
    const events = [event("e1", "e3", 1), event("e2", "e1", 2), event("e3", "e2", 3), event("e4", null, 4), event("e5", "e5", 5)];
    const tree = buildTraceTree(events);
    expect(shape(tree)).toEqual([["e1", [["e2", [["e3", []]]]]], ["e4", []], ["e5", []]]);
  });
});
