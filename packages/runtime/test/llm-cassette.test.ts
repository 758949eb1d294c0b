// Record and replay: what a cassette holds, how replay picks answers, and what a miss says.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ScriptedServer } from "../../../test/support/scripted-llm-server.js";
import { serverPerTest } from "./support/server-per-test.js";
import {
  LlmError,
  OpenAIProvider,
  RecordingProvider,
  ReplayProvider,
  requestKey,
  type CassetteEntry,
  type ChatRequest,
} from "../src/llm/index.js";

const serve = serverPerTest();
let server: ScriptedServer;

const cassettePath = () => join(mkdtempSync(join(tmpdir(), "rlms-cassette-")), "calls.jsonl");
const ask = (text: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }], ...extra });
const lines = (path: string): CassetteEntry[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as CassetteEntry);
const live = (s: ScriptedServer) => new OpenAIProvider({ baseURL: s.url, apiKey: "k", retry: { maxRetries: 0 } });

async function rejection(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

describe("request keys", () => {
  it("depend on model, messages, temperature, maxTokens, json and schema, not on key order or timeoutMs", () => {
    const base = ask("hello");
    const k = requestKey(base);
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(requestKey({ messages: [{ content: "hello", role: "user" }], model: "gpt-4o-mini" })).toBe(k);
    expect(requestKey({ ...base, timeoutMs: 5000 })).toBe(k);
    expect(requestKey({ ...base, json: false })).toBe(k);
    for (const changed of [
      { ...base, model: "gpt-4o" },
      ask("hello!"),
      { ...base, temperature: 0 },
      { ...base, maxTokens: 5 },
      { ...base, json: true },
      { ...base, schema: { type: "object" } },
      { ...base, messages: [{ role: "system" as const, content: "hello" }] },
    ]) {
      expect(requestKey(changed)).not.toBe(k);
    }
    expect(requestKey({ ...base, schema: { type: "object", properties: {} } })).toBe(requestKey({ ...base, schema: { properties: {}, type: "object" } }));
  });
});

describe("recording then replaying", () => {
  it("replays the same answers, in request order, for concurrent identical requests answered out of order", async () => {
    let n = 0;
    // Each answer differs; the first request is the slowest, so answers arrive in reverse order.
    server = await serve({
      rules: [{ match: /same/, reply: () => `answer ${n++}`, latencyMs: (r) => 300 - 100 * r.index }],
      defaultReply: (r) => `other: ${r.lastUserMessage}`,
    });
    const path = cassettePath();
    const recorder = new RecordingProvider(live(server), path);
    const recorded = await Promise.all([recorder.complete(ask("same")), recorder.complete(ask("same")), recorder.complete(ask("same")), recorder.complete(ask("different"))]);
    const finished = server.requests.filter((r) => r.lastUserMessage === "same").map((r) => r.finishedAt!);
    expect(finished[0]).toBeGreaterThan(finished[2]!); // they really came back out of order

    const entries = lines(path);
    expect(entries).toHaveLength(4);
    expect(entries[0]!.request).toEqual({ model: "gpt-4o-mini", messages: [{ role: "user", content: "different" }] });
    for (const e of entries) expect(e.key).toBe(requestKey(e.request));
    expect(entries.filter((e) => e.request.messages[0]!.content === "same").map((e) => e.occurrence).sort()).toEqual([0, 1, 2]);

    const replay = new ReplayProvider(path);
    const replayed = await Promise.all([replay.complete(ask("different")), replay.complete(ask("same")), replay.complete(ask("same")), replay.complete(ask("same"))]);
    expect(replayed).toEqual([recorded[3], recorded[0], recorded[1], recorded[2]]);
    expect(new Set(replayed.map((r) => r.text)).size).toBe(4);
    expect(server.requests).toHaveLength(4); // replay never reached the server
  });

  it("records failed calls and replays the same error, but not cancellations", async () => {
    server = await serve({ rules: [{ match: /bad/, status: 400, errorMessage: "Invalid 'messages'" }, { match: /slow/, hang: true }] });
    const path = cassettePath();
    const recorder = new RecordingProvider(live(server), path);
    const original = await rejection(recorder.complete(ask("bad")));
    const controller = new AbortController();
    const cancelled = recorder.complete(ask("slow"), { signal: controller.signal });
    await server.waitFor((s) => s.requests.length === 2, "the slow request");
    controller.abort();
    expect((await rejection(cancelled)).kind).toBe("cancelled");
    expect(lines(path)).toHaveLength(1);

    const replayed = await rejection(new ReplayProvider(path).complete(ask("bad")));
    expect(replayed).toMatchObject({ kind: "http", status: 400, retryable: false, message: original.message });
  });

  it("writes each call's line as soon as that call completes", async () => {
    server = await serve({ rules: [{ match: /slow/, hang: true }], defaultReply: "quick" });
    const path = cassettePath();
    const recorder = new RecordingProvider(live(server), path);
    const controller = new AbortController();
    const slow = recorder.complete(ask("slow"), { signal: controller.signal }).catch(() => undefined);
    await recorder.complete(ask("fast"));
    expect(lines(path).map((e) => e.response?.text)).toEqual(["quick"]);
    controller.abort();
    await slow;
  });

  it("starts a fresh cassette when a recorder is created", async () => {
    server = await serve({ defaultReply: "x" });
    const path = cassettePath();
    await new RecordingProvider(live(server), path).complete(ask("one"));
    await new RecordingProvider(live(server), path).complete(ask("two"));
    expect(lines(path).map((e) => e.request.messages[0]!.content)).toEqual(["two"]);
  });

  it("says clearly when the cassette cannot be created or read", () => {
    expect(() => new RecordingProvider(new ReplayProvider(writeCassette("")), "/nonexistent-dir/x.jsonl")).toThrow(
      /^cannot create the cassette \/nonexistent-dir\/x\.jsonl: ENOENT/,
    );
    expect(() => new ReplayProvider("/nonexistent-dir/x.jsonl")).toThrow(/^cannot read the cassette \/nonexistent-dir\/x\.jsonl: ENOENT/);
  });
});

function writeCassette(text: string): string {
  const path = cassettePath();
  writeFileSync(path, text);
  return path;
}

describe("replay misses and hand-written cassettes", () => {
  const answer = { text: "Paris", model: "gpt-4o-mini", usage: { promptTokens: 5, completionTokens: 1, totalTokens: 6 }, rateLimits: {}, retries: 0 };

  it("a request that is not in the cassette names the model and the start of the last user message", async () => {
    const path = writeCassette(`${JSON.stringify({ request: ask("capital of France?"), response: answer })}\n`);
    const replay = new ReplayProvider(path);
    const long = "Summarise the following report in three bullet points, keeping every number that appears in it";
    const e = await rejection(
      replay.complete({ model: "gpt-4.1", messages: [{ role: "system", content: "be brief" }, { role: "user", content: long }, { role: "assistant", content: "ok" }] }),
    );
    expect(e.kind).toBe("replay-miss");
    expect(e.message).toBe(
      `replay: the request is not in ${path}: model gpt-4.1, last user message "Summarise the following report in three bullet points, keepi…"; record it again with --record`,
    );
  });

  it("hand-written lines (no key, no occurrence) answer in file order; one ask too many is a miss that says so", async () => {
    const path = writeCassette(
      [JSON.stringify({ request: ask("roll a die"), response: { ...answer, text: "3" } }), JSON.stringify({ request: ask("roll a die"), response: { ...answer, text: "5" } }), ""].join("\n"),
    );
    const replay = new ReplayProvider(path);
    expect((await replay.complete(ask("roll a die"))).text).toBe("3");
    expect((await replay.complete(ask("roll a die"))).text).toBe("5");
    const e = await rejection(replay.complete(ask("roll a die")));
    expect(e.message).toContain("(this request was asked 3 times; the cassette answers it 2 times)");
  });

  it("reports a broken line (e.g. cut short by a crash) and a key that does not match its request, with file:line", () => {
    const good = JSON.stringify({ request: ask("a"), response: answer });
    expect(() => new ReplayProvider(writeCassette(`${good}\n{"request": {"model": "m", "mess`))).toThrow(/calls\.jsonl:2: not a JSON line of a cassette$/);
    const edited = JSON.stringify({ key: requestKey(ask("a")), request: ask("b"), response: answer });
    expect(() => new ReplayProvider(writeCassette(`${edited}\n`))).toThrow(/calls\.jsonl:1: the key does not match the request \(was the request edited\?\)/);
    expect(() => new ReplayProvider(writeCassette(`${JSON.stringify({ request: ask("a") })}\n`))).toThrow(/:1: a cassette line needs a "response" with "text" or an "error" with "message"$/);
  });

  it("an aborted signal is honoured on replay too", async () => {
    const path = writeCassette(`${JSON.stringify({ request: ask("a"), response: answer })}\n`);
    expect((await rejection(new ReplayProvider(path).complete(ask("a"), { signal: AbortSignal.abort() }))).kind).toBe("cancelled");
  });

  it("returns a copy: a caller changing the response does not change later replays", async () => {
    const path = writeCassette([JSON.stringify({ request: ask("a"), response: answer }), JSON.stringify({ request: ask("a"), response: answer })].join("\n"));
    const replay = new ReplayProvider(path);
    const first = await replay.complete(ask("a"));
    first.usage.totalTokens = 999;
    expect((await replay.complete(ask("a"))).usage.totalTokens).toBe(6);
  });
});
