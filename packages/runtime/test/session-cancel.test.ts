// Cancelling through a session: the whole run (cancel(), the signal option, the run timeout)
// ends at once with its output kept and every request in flight really aborted (the server sees
// the connection close); cancel(callId) aborts one call, which the program sees as an error.

import { describe, expect, it } from "vitest";
import type { CallProgress, RunResult, Session } from "@rlms/runtime";
import type { ScriptedServer } from "../../../test/support/scripted-llm-server.js";
import { closeAfterEach, scriptedSession, until } from "./support/scripted-session.js";

closeAfterEach();

const HANG_THREE = `(display "before\\n") (define kept 1) (map-async (lambda (x) (llm-query #:data x)) '("a" "b" "c")) (display "never")`;

/** Starts `code`, waits until the server holds `n` requests, and says how long the run took to end after `stop()`. */
async function stopWhileInFlight(session: Session, server: ScriptedServer, code: string, n: number, stop: () => void, options = {}): Promise<{ result: RunResult; stopMs: number }> {
  const running = session.execute(code, options);
  await server.waitFor((s) => s.inFlight === n, `${n} requests in flight`);
  const t0 = performance.now();
  stop();
  const result = await running;
  return { result, stopMs: performance.now() - t0 };
}

async function expectAllAborted(server: ScriptedServer, n: number): Promise<void> {
  await server.waitFor((s) => s.requests.length === n && s.requests.every((q) => q.aborted) && s.inFlight === 0, `${n} aborted requests`);
}

describe("cancelling the run", () => {
  it("session.cancel() ends the run as cancelled at once, keeps its output, and aborts every request", async () => {
    const { session, server } = await scriptedSession([{ hang: true }]);
    const { result, stopMs } = await stopWhileInFlight(session, server, HANG_THREE, 3, () => expect(session.cancel()).toBe(true));
    expect(stopMs).toBeLessThan(1000); // at once, not after the hanging requests (they never answer)
    expect(result).toMatchObject({ status: "cancelled", stdout: "before\n", value: null, error: { kind: "cancelled", message: "the run was cancelled" } });
    await expectAllAborted(server, 3);
    expect(session.trace()[0]!.error).toBe("the run was cancelled");
    expect(session.trace().map((e) => [e.kind, e.status])).toEqual([
      ["run", "cancelled"],
      ["llm", "cancelled"],
      ["llm", "cancelled"],
      ["llm", "cancelled"],
    ]);
    expect(session.status()).toMatchObject({ running: false, callsInFlight: 0 });
    // The session goes on: what ran before the cancel is still defined.
    expect((await session.execute(`kept`)).value).toBe(1);
  });

  it("cancel() with no run in progress does nothing and says so", async () => {
    const { session } = await scriptedSession([]);
    expect(session.cancel()).toBe(false);
    expect((await session.execute(`(+ 1 2)`)).value).toBe(3);
  });

  it("the signal option of execute does the same as cancel()", async () => {
    const { session, server } = await scriptedSession([{ hang: true }]);
    const controller = new AbortController();
    const { result, stopMs } = await stopWhileInFlight(session, server, HANG_THREE, 3, () => controller.abort(), { signal: controller.signal });
    expect(stopMs).toBeLessThan(1000); // at once, not after the hanging requests (they never answer)
    expect(result).toMatchObject({ status: "cancelled", stdout: "before\n" });
    await expectAllAborted(server, 3);
  });

  it("a signal aborted before the run starts runs nothing", async () => {
    const { session, server } = await scriptedSession([]);
    const r = await session.execute(`(display "ran") (llm-query #:data "x")`, { signal: AbortSignal.abort() });
    expect(r).toMatchObject({ status: "cancelled", stdout: "" });
    expect(server.requests).toHaveLength(0);
  });

  it("a run timeout (limits.timeoutMs) ends the run as timeout and aborts the calls in flight", async () => {
    const { session, server } = await scriptedSession([{ hang: true }], { limits: { timeoutMs: 150 } });
    const t0 = performance.now();
    const r = await session.execute(HANG_THREE);
    expect(performance.now() - t0).toBeLessThan(600);
    expect(r).toMatchObject({ status: "timeout", stdout: "before\n", error: { kind: "timeout", message: "the run exceeded its time limit" } });
    await expectAllAborted(server, 3);
    // The trace has no timeout status: the run event is cancelled and says why.
    expect(session.trace()[0]).toMatchObject({ kind: "run", status: "cancelled", error: "the run exceeded its time limit" });
  });

  it("execute's timeoutMs overrides the session's for that run only", async () => {
    const { session, server } = await scriptedSession([{ match: /hang/, hang: true }, { latencyMs: 200 }], { limits: { timeoutMs: 5000 } });
    const short = await session.execute(`(llm-query #:data "hang")`, { timeoutMs: 100 });
    expect(short.status).toBe("timeout");
    await server.waitFor((s) => s.requests[0]?.aborted === true, "the hanging request aborted");
    const normal = await session.execute(`(syntax-e (llm-query #:data "slow but in time"))`);
    expect(normal.value).toBe("echo: slow but in time");
  });
});

describe("closing the session", () => {
  it("close() cancels the run in progress and the queued ones (which never start), and refuses new runs", async () => {
    const { session, server } = await scriptedSession([{ hang: true }]);
    const first = session.execute(`(display "first") (llm-query #:data "a")`);
    const queued = session.execute(`(display "queued") (llm-query #:data "b")`);
    await server.waitFor((s) => s.inFlight === 1, "the first run's call in flight");
    const t0 = performance.now();
    await session.close();
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(await first).toMatchObject({ status: "cancelled", stdout: "first" });
    expect(await queued).toMatchObject({ status: "cancelled", stdout: "", error: { message: "the session was closed before this run started" } });
    await expectAllAborted(server, 1);
    await expect(session.execute(`1`)).rejects.toThrow("the session is closed");
    expect(session.trace().map((e) => [e.kind, e.status])).toEqual([
      ["run", "cancelled"],
      ["llm", "cancelled"],
    ]);
  });
});

describe("cancelling one call", () => {
  it("cancel(callId) with the id from the trace aborts just that call: a catchable error; the others complete", async () => {
    const { session, server } = await scriptedSession([{ match: /hang/, hang: true }, { latencyMs: 250 }]);
    const running = session.execute(`
      (map-async (lambda (x) (try (syntax-e (llm-query #:data x)) on-error (lambda (m) (string-append "error: " m))))
                 '("slow1" "hang" "slow2"))`);
    await server.waitFor((s) => s.inFlight === 3, "3 requests in flight");
    const call = session.trace().find((e) => e.kind === "llm" && e.prompt?.data === "hang");
    expect(call?.status).toBe("running");
    expect(session.cancel(call!.id)).toBe(true);
    const r = await running;
    expect(r.value).toEqual(["echo: slow1", "error: llm-query: language-model call cancelled (model gpt-4o-mini)", "echo: slow2"]);
    expect(server.requests.map((q) => [q.lastUserMessage, q.aborted])).toEqual([
      ["slow1", false],
      ["hang", true],
      ["slow2", false],
    ]);
    expect(session.trace().find((e) => e.id === call!.id)).toMatchObject({ status: "cancelled", error: "language-model call cancelled (model gpt-4o-mini)" });
    // The call is over: its id no longer names anything to cancel.
    expect(session.cancel(call!.id)).toBe(false);
  });

  it("cancel(callId) with the id from a progress event; an uncaught cancellation is the run's error", async () => {
    const { session, server } = await scriptedSession([{ match: /hang/, hang: true }]);
    const started: string[] = [];
    session.on("progress", (p: CallProgress) => {
      if (p.phase === "start") started.push(p.callId);
    });
    const running = session.execute(`
      (define h (llm-query-async #:data "hang"))
      (define first (try (await h) on-error (lambda (m) 'cancelled)))
      (display (list first (syntax-e (llm-query #:data "after"))))
      (await (llm-query-async #:data "hang again"))`);
    await until(() => started.length === 1 && server.inFlight === 1, "the first call in flight");
    expect(session.cancel(started[0]!)).toBe(true);
    await until(() => started.length === 3 && server.inFlight === 1, "the third call in flight");
    expect(session.cancel(started[2]!)).toBe(true);
    const r = await running;
    expect(r.stdout).toBe("(cancelled echo: after)");
    expect(r.status).toBe("error");
    expect(r.error).toMatchObject({ message: "llm-query-async: language-model call cancelled (model gpt-4o-mini)", callFailure: { kind: "cancelled" } });
  });

  it("cancel(callId) for an id that is not a call in flight returns false", async () => {
    const { session } = await scriptedSession([]);
    await session.execute(`(llm-query #:data "done")`);
    expect(session.cancel("e999")).toBe(false);
    expect(session.cancel(session.trace()[1]!.id)).toBe(false);
  });
});
