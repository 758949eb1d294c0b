// Record and replay through a session (surfaces.md, "Record and replay"): a run recorded against
// the scripted server replays offline from its cassette with the same result, whatever order the
// concurrent answers come back in; a request that is not in the cassette is a Scheme error naming
// it, never a live call.

import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReplayProvider, createSession, type CallOptions, type ChatRequest, type ChatResponse, type Provider, type SessionOptions } from "@rlms/runtime";
import { closeAfterEach, scriptedSession, track } from "./support/scripted-session.js";

closeAfterEach();

let dir: string;
let cassette: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "rlms-session-replay-"));
  cassette = join(dir, "calls.jsonl");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Three identical prompts and two others, concurrently; once all five have arrived the server
 * answers each with its arrival number, the last to arrive first, so the cassette's lines are in
 * reverse order. The identical prompts get different answers: only their occurrence (the order
 * they were asked in) tells them apart on replay. One call fails with a 400, caught.
 */
const PROGRAM = `
  (define answers (map-async (lambda (q) (syntax-e (llm-query #:instruction "Answer." #:data q)))
                             '("same" "same" "other" "same" "last")))
  (define failed (try (llm-query #:data "bad") on-error (lambda (m) (string-append "caught: " m))))
  (finish (list answers failed (hash-ref (tokens-used) 'total_tokens)))`;

async function recordRun(): Promise<{ value: unknown; display: string }> {
  let arrived = 0;
  let allArrived!: () => void;
  const five = new Promise<void>((resolve) => (allArrived = resolve));
  const { session, server } = await scriptedSession(
    [
      { match: /bad/, status: 400, errorMessage: "not allowed" },
      {
        reply: async (q) => {
          if (++arrived === 5) allArrived();
          await five;
          await new Promise((resolve) => setTimeout(resolve, (5 - q.index) * 15));
          return `answer ${q.index} to ${q.lastUserMessage}`;
        },
      },
    ],
    { llm: { record: cassette } },
  );
  const r = await session.execute(PROGRAM);
  expect(r.status).toBe("finished");
  const finishOrder = [...server.requests].filter((q) => q.status === 200).sort((a, b) => a.finishedAt! - b.finishedAt!).map((q) => q.index);
  expect(finishOrder).toEqual([4, 3, 2, 1, 0]);
  await session.close();
  await server.close();
  return { value: r.value, display: r.display };
}

/** A session that can only replay: no server, no key, no base URL. */
async function replaySession(llm: SessionOptions["llm"] = { replay: cassette }): Promise<ReturnType<typeof createSession>> {
  return track(await createSession({ llm }));
}

/** Serves from a cassette, but holds each answer back for `delayMs(request)`: completions in another order. */
class DelayedReplay implements Provider {
  constructor(
    private readonly inner: Provider,
    private readonly delayMs: (request: ChatRequest) => number,
  ) {}

  async complete(request: ChatRequest, options?: CallOptions): Promise<ChatResponse> {
    const response = await this.inner.complete(request, options);
    await new Promise((resolve) => setTimeout(resolve, this.delayMs(request)));
    return response;
  }
}

const dataOf = (request: ChatRequest): string => {
  const content = request.messages.at(-1)!.content;
  return typeof content === "string" ? content : "";
};

describe("record and replay", () => {
  it("records one line per call (failures included) and replays the run offline with the same result", async () => {
    const recorded = await recordRun();
    expect(recorded.value).toEqual([["answer 0 to same", "answer 1 to same", "answer 2 to other", "answer 3 to same", "answer 4 to last"], expect.stringMatching(/^caught: llm-query: language-model request failed: HTTP 400 .*not allowed$/), expect.any(Number)]);
    const lines = readFileSync(cassette, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { occurrence: number; response?: { text: string }; error?: { status: number } });
    expect(lines).toHaveLength(6);
    // Written as the answers arrived: the last "same" (occurrence 2) before the first.
    expect(lines.filter((l) => l.response?.text.endsWith("to same")).map((l) => l.occurrence)).toEqual([2, 1, 0]);
    expect(lines.filter((l) => l.error !== undefined).map((l) => l.error!.status)).toEqual([400]);

    const session = await replaySession();
    const replayed = await session.execute(PROGRAM);
    expect(replayed).toMatchObject({ status: "finished", value: recorded.value, display: recorded.display });
    expect(session.trace().filter((e) => e.kind === "llm").map((e) => e.status)).toEqual(["ok", "ok", "ok", "ok", "ok", "error"]);
  });

  it("gives the same result when the replayed answers complete in a different order", async () => {
    const recorded = await recordRun();
    // First-asked first this time, and "other" before everything else.
    const orders: Array<(r: ChatRequest) => number> = [() => 0, (r) => (dataOf(r) === "other" ? 0 : 40), (r) => dataOf(r).length * 7];
    for (const delayMs of orders) {
      const session = await replaySession({ provider: new DelayedReplay(new ReplayProvider(cassette), delayMs) });
      const replayed = await session.execute(PROGRAM);
      expect(replayed.value).toEqual(recorded.value);
      await session.close();
    }
  });

  it("a request not in the cassette is a Scheme error naming it, which try catches; nothing is sent", async () => {
    await recordRun();
    const session = await replaySession();
    const r = await session.execute(`
      (define caught (try (syntax-e (llm-query #:data "never recorded")) on-error (lambda (m) (string-append "caught: " m))))
      (display caught)
      (llm-query #:data "also new" #:model "gpt-4.1")`);
    expect(r.stdout).toBe(`caught: llm-query: replay: the request is not in ${cassette}: model gpt-4o-mini, last user message "never recorded"; record it again with --record`);
    expect(r.status).toBe("error");
    expect(r.error?.message).toBe(`llm-query: replay: the request is not in ${cassette}: model gpt-4.1, last user message "also new"; record it again with --record`);
    expect(r.error?.callFailure).toEqual({ kind: "replay-miss" });
  });

  it("a request asked more often than it was recorded is a miss that says so", async () => {
    await recordRun();
    const session = await replaySession();
    const r = await session.execute(`(for/list ([i 4]) (syntax-e (llm-query #:instruction "Answer." #:data "same")))`);
    expect(r.error?.message).toMatch(/last user message "same" \(this request was asked 4 times; the cassette answers it 3 times\)/);
  });

  it("a different keyword (here #:temperature) is a different request", async () => {
    await recordRun();
    const session = await replaySession();
    const r = await session.execute(`(llm-query #:instruction "Answer." #:data "other" #:temperature 0.2)`);
    expect(r.error?.callFailure).toEqual({ kind: "replay-miss" });
  });
});

describe("when the session cannot make its provider", () => {
  it("a cassette that cannot be created is reported when the session is made, before anything runs", async () => {
    await expect(scriptedSession([], { llm: { record: join(dir, "missing-dir", "calls.jsonl") } })).rejects.toThrow(
      /^cannot create the cassette .*missing-dir\/calls\.jsonl: ENOENT/,
    );
    mkdirSync(join(dir, "missing-dir"));
    const { session } = await scriptedSession([], { llm: { record: join(dir, "missing-dir", "calls.jsonl") } });
    expect((await session.execute(`(syntax-e (llm-query #:data "x"))`)).value).toBe("echo: x");
    expect(readFileSync(join(dir, "missing-dir", "calls.jsonl"), "utf8").split("\n")).toHaveLength(2);
  });

  it("no API key is a setup error that says how to give one", async () => {
    const { session } = await scriptedSession([], { llm: { apiKey: "" } });
    const r = await session.execute(`(try (llm-query #:data "x") on-error (lambda (m) m))`);
    expect(r.value).toBe("llm-query: OpenAIProvider: no API key; pass apiKey or set OPENAI_API_KEY (any string works for a local server)");
  });
});
