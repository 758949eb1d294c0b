// The session-wide cap on requests in flight.
import { describe, expect, it } from "vitest";
import type { ScriptedServer } from "../../../test/support/scripted-llm-server.js";
import { serverPerTest } from "./support/server-per-test.js";
import { ConcurrencyLimiter, LlmError, OpenAIProvider, limitConcurrency, type ReleasePermit } from "../src/llm/index.js";

const serve = serverPerTest();
let server: ScriptedServer;

describe("ConcurrencyLimiter", () => {
  it("never lets more than max requests reach the server, under 100 concurrent calls", async () => {
    server = await serve({ rules: [{ reply: (r) => `done ${r.lastUserMessage}`, latencyMs: (r) => 5 + (r.index % 7) * 3 }] });
    const limiter = new ConcurrencyLimiter(5);
    const provider = limitConcurrency(new OpenAIProvider({ baseURL: server.url, apiKey: "k" }), limiter);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => provider.complete({ model: "gpt-4o-mini", messages: [{ role: "user", content: String(i) }] })),
    );
    expect(results.map((r) => r.text)).toEqual(Array.from({ length: 100 }, (_, i) => `done ${i}`));
    expect(server.requests).toHaveLength(100);
    expect(server.maxInFlight).toBe(5);
    expect(limiter.inFlight).toBe(0);
    expect(limiter.waiting).toBe(0);
  });

  it("serves waiters first come, first served, and counts holders and waiters", async () => {
    const limiter = new ConcurrencyLimiter(1);
    const order: string[] = [];
    const first = await limiter.acquire();
    const queued = ["b", "c", "d"].map((name) =>
      limiter.acquire().then((release) => {
        order.push(name);
        return release;
      }),
    );
    expect(limiter.inFlight).toBe(1);
    expect(limiter.waiting).toBe(3);
    first();
    const b = await queued[0]!;
    expect(order).toEqual(["b"]);
    // A newcomer does not overtake the queue even when it arrives just as a slot frees.
    const late = limiter.acquire().then((release) => {
      order.push("late");
      return release;
    });
    b();
    (await queued[1]!)();
    (await queued[2]!)();
    (await late)();
    expect(order).toEqual(["b", "c", "d", "late"]);
    expect(limiter.inFlight).toBe(0);
  });

  it("an abort while waiting leaves the queue at once; the slot then goes to the next waiter", async () => {
    const limiter = new ConcurrencyLimiter(1);
    const holder = await limiter.acquire();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal);
    let nextGot: ReleasePermit | undefined;
    const next = limiter.acquire().then((r) => (nextGot = r));
    expect(limiter.waiting).toBe(2);
    controller.abort();
    const error = await aborted.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: "cancelled", message: "language-model call cancelled while waiting for a free request slot" });
    expect(limiter.waiting).toBe(1);
    holder();
    await next;
    expect(nextGot).toBeDefined();
    expect(limiter.inFlight).toBe(1);
    await expect(limiter.acquire(AbortSignal.abort())).rejects.toMatchObject({ kind: "cancelled" });
  });

  it("a released permit released again does nothing", async () => {
    const limiter = new ConcurrencyLimiter(2);
    const a = await limiter.acquire();
    await limiter.acquire();
    a();
    a();
    expect(limiter.inFlight).toBe(1);
  });

  it("a call cancelled while queued never reaches the server", async () => {
    server = await serve({ rules: [{ hang: true }] });
    const limiter = new ConcurrencyLimiter(1);
    const provider = limitConcurrency(new OpenAIProvider({ baseURL: server.url, apiKey: "k" }), limiter);
    const first = new AbortController();
    const second = new AbortController();
    const a = provider.complete({ model: "m", messages: [{ role: "user", content: "a" }] }, { signal: first.signal }).catch((e: unknown) => e);
    const b = provider.complete({ model: "m", messages: [{ role: "user", content: "b" }] }, { signal: second.signal }).catch((e: unknown) => e);
    await server.waitFor((s) => s.requests.length === 1, "the first request");
    second.abort();
    expect(await b).toMatchObject({ kind: "cancelled" });
    first.abort();
    expect(await a).toMatchObject({ kind: "cancelled" });
    expect(server.requests.map((r) => r.lastUserMessage)).toEqual(["a"]);
    expect(limiter.inFlight).toBe(0);
  });

  it("rejects a cap that is not a positive integer", () => {
    expect(() => new ConcurrencyLimiter(0)).toThrow("ConcurrencyLimiter: max must be a positive integer, got 0");
    expect(() => new ConcurrencyLimiter(2.5)).toThrow("got 2.5");
  });
});
