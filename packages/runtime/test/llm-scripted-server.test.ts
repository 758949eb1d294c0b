// The scripted server itself, through plain fetch: other tests and the benchmark rely on what its
// header comment promises.
import { describe, expect, it } from "vitest";
import type { ScriptedServer } from "../../../test/support/scripted-llm-server.js";
import { serverPerTest } from "./support/server-per-test.js";

const serve = serverPerTest();

async function post(s: ScriptedServer, body: unknown, path = "/chat/completions") {
  const res = await fetch(`${s.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json: json as { choices: { message: { content: string } }[]; usage?: unknown; model: string; error?: { message: string } } };
}

const chat = (text: string, extra: Record<string, unknown> = {}) => ({ model: "gpt-4o-mini", messages: [{ role: "system", content: "sys" }, { role: "user", content: text }], ...extra });

describe("scripted LLM server", () => {
  it("listens on 127.0.0.1 at a /v1 base URL and answers with a chat completion and default usage", async () => {
    const s = await serve({});
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const r = await post(s, chat("hello there"));
    expect(r.status).toBe(200);
    expect(r.json.choices[0]!.message.content).toBe("scripted reply to: hello there");
    // prompt: ceil(("sys" + "hello there").length / 4) + 4 per message; completion: ceil(30 / 4)
    expect(r.json.usage).toEqual({ prompt_tokens: 4 + 8, completion_tokens: 8, total_tokens: 20 });
    expect(s.requests[0]).toMatchObject({ index: 0, path: "/v1/chat/completions", lastUserMessage: "hello there", rule: -1, status: 200, aborted: false });
  });

  it("takes the first matching rule; `times` limits a rule to its first N matches", async () => {
    const s = await serve({ rules: [{ match: /flaky/, status: 503, times: 2 }, { match: (b) => b.model === "special", reply: "special" }], defaultReply: "fine" });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(s, chat("flaky"))).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect((await post(s, { ...chat("x"), model: "special" })).json.choices[0]!.message.content).toBe("special");
    expect(s.requests.map((r) => r.rule)).toEqual([0, 0, -1, 1]);
  });

  it("a /g regexp matches every time (no lastIndex carried between requests)", async () => {
    const s = await serve({ rules: [{ match: /yes/g, reply: "matched" }], defaultReply: "default" });
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push((await post(s, chat("yes"))).json.choices[0]!.message.content);
    expect(texts).toEqual(["matched", "matched", "matched"]);
  });

  it("wraps a non-JSON reply as {text} when response_format asks for JSON; objects are sent as JSON", async () => {
    const s = await serve({ rules: [{ match: /obj/, reply: { a: 1 } }], defaultReply: "plain words" });
    const wrapped = await post(s, chat("x", { response_format: { type: "json_object" } }));
    expect(JSON.parse(wrapped.json.choices[0]!.message.content)).toEqual({ text: "plain words" });
    expect((await post(s, chat("x"))).json.choices[0]!.message.content).toBe("plain words");
    expect((await post(s, chat("obj"))).json.choices[0]!.message.content).toBe('{"a":1}');
  });

  it("error statuses use OpenAI's error shape and carry the rule's headers", async () => {
    const s = await serve({ rules: [{ status: 429, errorMessage: "slow down", headers: { "retry-after": "3" } }] });
    const r = await post(s, chat("x"));
    expect(r.status).toBe(429);
    expect(r.json.error).toEqual({ message: "slow down", type: "rate_limit_exceeded", code: null });
    expect(r.headers.get("retry-after")).toBe("3");
  });

  it("per-request latency lets later requests finish first; inFlight and maxInFlight count open requests", async () => {
    const s = await serve({ rules: [{ reply: (r) => r.lastUserMessage, latencyMs: (r) => (r.index === 0 ? 150 : 10) }] });
    const order: string[] = [];
    await Promise.all(["slow", "fast"].map((t, i) => new Promise((resolve) => setTimeout(resolve, i * 20)).then(() => post(s, chat(t))).then((r) => order.push(r.json.choices[0]!.message.content))));
    expect(order).toEqual(["fast", "slow"]);
    expect(s.maxInFlight).toBe(2);
    expect(s.inFlight).toBe(0);
    expect(s.requests[0]!.finishedAt! - s.requests[0]!.arrivedAt).toBeGreaterThanOrEqual(140);
  });

  it("answers unknown routes with 404 and a body that is not JSON with 400", async () => {
    const s = await serve({});
    expect((await post(s, chat("x"), "/embeddings")).status).toBe(404);
    const bad = await post(s, "{not json");
    expect(bad.status).toBe(400);
    expect(bad.json.error!.message).toBe("scripted server: the request body is not JSON");
    expect(s.requests).toHaveLength(0);
  });

  it("close() ends hanging requests (they are logged as aborted) and waitFor reports what it waited for", async () => {
    const s = await serve({ rules: [{ hang: true }] });
    const pending = post(s, chat("x")).catch((e: unknown) => e);
    await s.waitFor((x) => x.inFlight === 1, "the request");
    await expect(s.waitFor(() => false, "something that never happens", 30)).rejects.toThrow(
      "scripted server: timed out after 30 ms waiting for something that never happens",
    );
    await s.close();
    expect(await pending).toBeInstanceOf(Error);
    expect(s.requests[0]!.aborted).toBe(true);
  });
});
