// A session as the embedding program sees it (surfaces.md, "The embedding API"): state that
// persists across runs until reset, contexts, state() and status(), progress events, runs
// serialised, read errors, and the value of a run as JSON-able data and as display text.

import { describe, expect, it } from "vitest";
import type { CallProgress } from "@rlms/runtime";
import { closeAfterEach, scriptedSession, until } from "./support/scripted-session.js";

closeAfterEach();

describe("definitions and contexts", () => {
  it("definitions persist across execute calls; reset() clears them and the contexts", async () => {
    const { session } = await scriptedSession([]);
    await session.execute(`(define x 41) (define (inc n) (+ n 1))`);
    await session.loadContext("some text");
    await session.loadContext([1, 2], { name: "nums" });
    expect((await session.execute(`(inc x)`)).value).toBe(42);
    await session.reset();
    const after = await session.execute(`x`);
    expect(after.status).toBe("error");
    expect(after.error?.message).toMatch(/^x: /);
    expect((await session.execute(`(list context (get-context "nums"))`)).value).toEqual([false, false]);
    expect(session.state()).toEqual({ definitions: [], context: null, contexts: [] });
    // Scaffold names survive a reset and are still protected.
    expect((await session.execute(`(define finish 1)`)).error?.message).toMatch(/cannot redefine scaffold binding finish/);
  });

  it("reset() waits for the run in progress (never breaks it), then clears", async () => {
    const { session } = await scriptedSession([{ latencyMs: 150 }]);
    await session.execute(`(define kept 1)`);
    const running = session.execute(`(define answer (syntax-e (llm-query #:data "q"))) (list kept answer)`);
    const reset = session.reset();
    expect(await running).toMatchObject({ status: "ok", value: [1, "echo: q"] });
    await reset;
    expect((await session.execute(`kept`)).status).toBe("error");
  });

  it("loadContext gives Scheme values: a string, and JSON as jsexprs (hashes with symbol keys, lists, 'null)", async () => {
    const { session } = await scriptedSession([]);
    await session.loadContext("The quick brown fox");
    expect((await session.execute(`(list (string? context) (string-length context))`)).value).toEqual([true, 19]);
    await session.loadContext({ json: [1, 2], nested: { ok: true, none: null }, ratio: 0.5 }, { name: "n" });
    const r = await session.execute(`
      (define n (get-context "n"))
      (list (hash? n) (andmap symbol? (hash-keys n)) (hash-ref n 'json) (list? (hash-ref n 'json))
            (hash-ref (hash-ref n 'nested) 'ok) (hash-ref (hash-ref n 'nested) 'none) (hash-ref n 'ratio)
            (eq? n context) (get-context "missing"))`);
    expect(r.display).toBe("(#t #t (1 2) #t #t null 0.5 #t #f)");
  });

  it("a closure defined before loadContext sees the new context", async () => {
    const { session } = await scriptedSession([]);
    await session.loadContext("first");
    await session.execute(`(define (ctx) context) (define (named) (get-context "doc"))`);
    await session.loadContext("second", { name: "doc" });
    expect((await session.execute(`(list (ctx) (named))`)).value).toEqual(["second", "second"]);
    await session.loadContext({ third: 3 });
    expect((await session.execute(`(list (ctx) (named))`)).value).toEqual([{ third: 3 }, "second"]);
  });

  it("loadContext during a run waits for it: the run keeps the context it started with", async () => {
    const { session, server } = await scriptedSession([{ latencyMs: 80 }]);
    await session.loadContext("old");
    const run = session.execute(`(define before context) (llm-query #:data "x") (list before context (get-context "n"))`);
    await server.waitFor((s) => s.inFlight === 1, "the run's call in flight");
    const loaded = session.loadContext("new", { name: "n" });
    expect((await run).value).toEqual(["old", "old", false]);
    await loaded;
    expect((await session.execute(`(list context (get-context "n"))`)).value).toEqual(["new", "new"]);
  });

  it("loadContext refuses data that is not JSON, and leaves the context as it was", async () => {
    const { session } = await scriptedSession([]);
    await session.loadContext("kept");
    await expect(session.loadContext({ items: [1, { f: () => 1 }] })).rejects.toThrow(
      "not JSON data: the data.items[1].f is a function; pass a string, or JSON values (objects, arrays, strings, finite numbers, booleans, null)",
    );
    await expect(session.loadContext([Number.NaN])).rejects.toThrow("not JSON data: the data[0] is NaN;");
    await expect(session.loadContext({ when: new Date(0) })).rejects.toThrow("not JSON data: the data.when is a Date object;");
    expect((await session.execute(`context`)).value).toBe("kept");
  });

  it("sandbox code cannot assign the context", async () => {
    const { session } = await scriptedSession([]);
    await session.loadContext("data");
    const r = await session.execute(`(set! context "mine")`);
    expect(r.error?.message).toMatch(/cannot redefine scaffold binding context/);
    expect((await session.execute(`context`)).value).toBe("data");
  });

  it("state() lists the definitions and the contexts, with short descriptions", async () => {
    const { session } = await scriptedSession([]);
    await session.execute(`(define x 1) (define (f y) y) (define long (make-string 200 #\\a))`);
    await session.loadContext({ a: 1 }, { name: "cfg" });
    const state = session.state();
    expect(state.definitions.map((d) => d.name)).toEqual(["x", "f", "long"]);
    expect(state.definitions[0]).toEqual({ name: "x", value: "1" });
    expect(state.definitions[1]!.value).toBe("#<procedure:f>");
    expect(state.definitions[2]!.value).toBe(`${"a".repeat(77)}...`);
    expect(state.context).toBe("#hasheq((a . 1))");
    expect(state.contexts).toEqual([{ name: "cfg", value: "#hasheq((a . 1))" }]);
  });
});

describe("status and progress", () => {
  it("status() says whether a run is going on, how many calls are in flight, and the usage so far", async () => {
    const { session, server } = await scriptedSession([{ match: /slow/, latencyMs: 150 }, { usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } }]);
    expect(session.status()).toMatchObject({ running: false, callsInFlight: 0 });
    await session.execute(`(llm-query #:data "quick")`);
    const running = session.execute(`(map-async (lambda (x) (llm-query #:data x)) '("slow1" "slow2"))`);
    await server.waitFor((s) => s.inFlight === 2);
    expect(session.status()).toMatchObject({ running: true, callsInFlight: 2 });
    await running;
    const status = session.status();
    expect(status).toMatchObject({ running: false, callsInFlight: 0, totals: { calls: 3 } });
    expect(status.usage["gpt-4o-mini"]).toMatchObject({ calls: 3 });
  });

  it("progress events: a start and an end per call, with the run's calls in flight and done", async () => {
    // Item n answers after (3 - n) × 20 ms: the calls end in reverse order.
    const { session } = await scriptedSession([{ latencyMs: (q) => (3 - Number(q.lastUserMessage)) * 20, usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } }]);
    const events: CallProgress[] = [];
    const listener = (p: CallProgress) => events.push(p);
    session.on("progress", listener);
    await session.execute(`(map-async (lambda (n) (llm-query #:data (number->string n))) '(0 1 2))`);
    const ids = session.trace().filter((e) => e.kind === "llm").map((e) => e.id);
    expect(events.map((p) => [p.phase, p.callId, p.inFlight, p.done])).toEqual([
      ["start", ids[0], 1, 0],
      ["start", ids[1], 2, 0],
      ["start", ids[2], 3, 0],
      ["end", ids[2], 2, 1],
      ["end", ids[1], 1, 2],
      ["end", ids[0], 0, 3],
    ]);
    expect(events.at(-1)!.usage).toMatchObject({ calls: 3, totalTokens: 45 });
    // Counts are per run: the next run starts again from nothing done.
    events.length = 0;
    await session.execute(`(llm-query #:data "0")`);
    expect(events.map((p) => [p.phase, p.inFlight, p.done, p.usage.calls])).toEqual([
      ["start", 1, 0, 0],
      ["end", 0, 1, 1],
    ]);
    session.off("progress", listener);
    await session.execute(`(llm-query #:data "1")`);
    expect(events).toHaveLength(2);
  });

  it("a progress listener that throws breaks neither the call nor the other listeners (its error is a warning)", async () => {
    const { session } = await scriptedSession([]);
    const seen: string[] = [];
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on("warning", onWarning);
    try {
      session.on("progress", () => {
        throw new Error("listener bug");
      });
      session.on("progress", (p) => seen.push(p.phase));
      const r = await session.execute(`(syntax-e (llm-query #:data "x"))`);
      expect(r).toMatchObject({ status: "ok", value: "echo: x" });
      expect(seen).toEqual(["start", "end"]);
      await until(() => warnings.length === 2, "two warnings");
      expect(warnings[0]).toMatch(/^ProgressListenerWarning: a progress listener failed on start of e\d+: listener bug$/);
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("a call abandoned by a finished run does not count in the next run's progress or usage", async () => {
    const { session } = await scriptedSession([{ match: /hang/, hang: true }, { latencyMs: 20 }]);
    const events: CallProgress[] = [];
    session.on("progress", (p) => events.push(p));
    // The second run is queued at once: it begins while the first run's call is being aborted.
    const first = session.execute(`(define h (llm-query-async #:data "hang")) (sleep 0.05) (finish 1)`);
    const second = session.execute(`(syntax-e (llm-query #:data "x"))`);
    const [, r] = await Promise.all([first, second]);
    const [, , , secondRunCall] = session.trace().map((e) => e.id);
    expect(events.filter((p) => p.callId === secondRunCall).map((p) => [p.phase, p.inFlight, p.done])).toEqual([
      ["start", 1, 0],
      ["end", 0, 1],
    ]);
    expect(r.usage.calls).toBe(1);
  });
});

describe("runs", () => {
  it("execute calls made concurrently from JS run one after the other, and both complete", async () => {
    const { session, server } = await scriptedSession([{ latencyMs: 60 }]);
    const first = session.execute(`(display "one") (define a (syntax-e (llm-query #:data "a")))`);
    const second = session.execute(`(display "two") (list a (syntax-e (llm-query #:data "b")))`);
    const [r1, r2] = await Promise.all([first, second]);
    expect(r1).toMatchObject({ status: "ok", stdout: "one" });
    expect(r2).toMatchObject({ status: "ok", stdout: "two", value: ["echo: a", "echo: b"] });
    expect(server.maxInFlight).toBe(1);
    expect(server.requests[1]!.arrivedAt).toBeGreaterThanOrEqual(server.requests[0]!.finishedAt!);
  });

  it("a run that fails does not stop the queued ones", async () => {
    const { session } = await scriptedSession([]);
    const [r1, r2] = await Promise.all([session.execute(`(car '())`), session.execute(`'fine`)]);
    expect([r1.status, r2.status, r2.value]).toEqual(["error", "ok", "fine"]);
  });

  it("a read error runs nothing and reports line:column", async () => {
    const { session } = await scriptedSession([]);
    const r = await session.execute(`(display "ran")\n(define x 1)\n  (define y (+ 1 2)`, { source: "plan.scm" });
    expect(r).toMatchObject({ status: "error", stdout: "", error: { kind: "exn:fail:read", location: "plan.scm:3:3" } });
    expect(r.error?.message).toMatch(/3:3/);
    expect((await session.execute(`x`)).status).toBe("error");
  });

  it("a runtime error keeps the output printed before it and gives the location of the failing form", async () => {
    const { session } = await scriptedSession([]);
    const r = await session.execute(`(display "before")\n(define (f v) (car v))\n(f 5)`);
    expect(r).toMatchObject({ status: "error", stdout: "before", error: { kind: "exn:fail:contract", location: "code:2:15" } });
    expect(r.error?.message).toBe("car: contract violation\n  expected: pair?\n  given: 5");
  });
});

describe("the value of a run", () => {
  it.each([
    [`(finish "text")`, "text", "text"],
    [`(finish 42)`, 42, "42"],
    [`(finish 2.5)`, 2.5, "2.5"],
    [`(finish 1/3)`, 1 / 3, "1/3"],
    [`(finish #t)`, true, "#t"],
    [`(finish 'null)`, null, "null"],
    [`(finish (list 1 "a" 'b 2.5 #t))`, [1, "a", "b", 2.5, true], "(1 a b 2.5 #t)"],
    [`(finish (vector 1 "x"))`, [1, "x"], "#(1 x)"],
    [`(finish (hash 'a 1))`, { a: 1 }, "#hash((a . 1))"],
    [`(finish (hasheq 'k (list "v" 2)))`, { k: ["v", 2] }, "#hasheq((k . (v 2)))"],
    [`(finish (string->jsexpr "{\\"x\\": [1, null]}"))`, { x: [1, null] }, "#hasheq((x . (1 null)))"],
  ])("%s: value %j, display %j", async (code, value, display) => {
    const { session } = await scriptedSession([]);
    const r = await session.execute(code);
    expect(r).toMatchObject({ status: "finished", display, stdout: "" });
    expect(r.value).toEqual(value);
    expect(JSON.parse(JSON.stringify(r.value))).toEqual(value);
  });

  it("a model's answer (a syntax object) is its text in both the value and the display", async () => {
    const { session } = await scriptedSession([{ reply: "Paris" }]);
    const single = await session.execute(`(finish (llm-query #:data "capital of France?"))`);
    expect(single).toMatchObject({ status: "finished", value: "Paris", display: "Paris" });
    const nested = await session.execute(`(finish (list (llm-query #:data "a") (datum->syntax #f 7)))`);
    expect(nested).toMatchObject({ value: ["Paris", 7], display: "(Paris 7)" });
    const last = await session.execute(`(llm-query #:data "b")`);
    expect(last).toMatchObject({ status: "ok", value: "Paris", display: "Paris" });
  });

  it("a hash with a key named __proto__ keeps it as a key in the JSON value (never the object's prototype)", async () => {
    const { session } = await scriptedSession([]);
    const r = await session.execute(`(finish (string->jsexpr "{\\"__proto__\\": {\\"polluted\\": true}, \\"a\\": 1}"))`);
    expect(JSON.parse(JSON.stringify(r.value))).toEqual(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
  });

  it("a run that ends with void or no forms has value null and display \"\"", async () => {
    const { session } = await scriptedSession([]);
    expect(await session.execute(`(define x 1)`)).toMatchObject({ status: "ok", value: null, display: "" });
    expect(await session.execute(``)).toMatchObject({ status: "ok", value: null, display: "" });
  });

  it("several values of the last form: a list of values, one display line each", async () => {
    const { session } = await scriptedSession([]);
    expect(await session.execute(`(values 1 "a")`)).toMatchObject({ value: [1, "a"], display: "1\na" });
  });

  it("usage of the run: its calls, tokens, cost and models, and the time it took", async () => {
    const { session } = await scriptedSession([{ usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 }, latencyMs: 20 }]);
    await session.execute(`(llm-query #:data "earlier run")`);
    const r = await session.execute(`(llm-query #:data "a") (llm-query #:data "b" #:model "gpt-4.1")`);
    // gpt-4o-mini: 100 × $0.15/1M + 50 × $0.60/1M; gpt-4.1: 100 × $2/1M + 50 × $8/1M.
    expect(r.usage).toMatchObject({ calls: 2, promptTokens: 200, completionTokens: 100, totalTokens: 300, models: ["gpt-4o-mini", "gpt-4.1"] });
    expect(r.usage.costUsd).toBeCloseTo(0.000045 + 0.0006, 12);
    expect(r.usage.elapsedMs).toBeGreaterThanOrEqual(40);
  });
});
