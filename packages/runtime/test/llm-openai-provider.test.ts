// OpenAIProvider against a real HTTP server that plays scripted answers: transport, retries,
// cancellation, timeouts and the shape of what reaches the server.
import { describe, expect, it } from "vitest";
import { performance } from "node:perf_hooks";
import type { ScriptedServer } from "../../../test/support/scripted-llm-server.js";
import { serverPerTest } from "./support/server-per-test.js";
import { LlmError, OpenAIProvider, type ChatRequest, type RetryInfo, type RetryPolicy } from "../src/llm/index.js";

const serve = serverPerTest();

/** Fast back-off so retry tests do not wait; Retry-After still applies where the server sends it. */
function provider(s: ScriptedServer, retry: Partial<RetryPolicy> = {}) {
  return new OpenAIProvider({ baseURL: s.url, apiKey: "test-key", retry: { baseDelayMs: 5, maxDelayMs: 20, ...retry } });
}

const ask = (text: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: text }],
  ...extra,
});

/** The rejection of `promise`, which must reject with an LlmError. */
async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome)) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(LlmError);
  return outcome.error as LlmError;
}

describe("OpenAIProvider: success", () => {
  it("returns the text, the server's usage and model, the finish reason and parsed rate-limit headers", async () => {
    const s = await serve({
      rules: [
        {
          match: /capital of France/,
          reply: "Paris",
          model: "gpt-4o-mini-2024-07-18",
          usage: { prompt_tokens: 17, completion_tokens: 2 },
          headers: {
            "x-ratelimit-limit-requests": "500",
            "x-ratelimit-remaining-requests": "499",
            "x-ratelimit-remaining-tokens": "149990",
            "x-ratelimit-reset-requests": "120ms",
          },
        },
      ],
    });
    const r = await provider(s).complete({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "Answer in one word." },
        { role: "user", content: "What is the capital of France?" },
      ],
      temperature: 0,
      maxTokens: 10,
    });
    expect(r).toEqual({
      text: "Paris",
      model: "gpt-4o-mini-2024-07-18",
      usage: { promptTokens: 17, completionTokens: 2, totalTokens: 19 },
      rateLimits: { "limit-requests": 500, "remaining-requests": 499, "remaining-tokens": 149990, "reset-requests": "120ms" },
      retries: 0,
      finishReason: "stop",
    });
    const sent = s.requests[0]!;
    expect(sent.path).toBe("/v1/chat/completions");
    expect(sent.headers.authorization).toBe("Bearer test-key");
    expect(sent.body).toMatchObject({
      model: "gpt-4o-mini",
      temperature: 0,
      max_completion_tokens: 10,
      messages: [
        { role: "system", content: "Answer in one word." },
        { role: "user", content: "What is the capital of France?" },
      ],
    });
    expect(sent.body).not.toHaveProperty("response_format");
    expect(sent.body).not.toHaveProperty("max_tokens");
  });

  it("sends image parts as OpenAI content parts", async () => {
    const s = await serve({ defaultReply: "a cat" });
    const url = "data:image/png;base64,iVBORw0KGgo=";
    await provider(s).complete({
      model: "gpt-4o",
      messages: [{ role: "user", content: [{ type: "text", text: "What is this?" }, { type: "image_url", image_url: { url } }] }],
    });
    expect(s.requests[0]!.body.messages[0]!.content).toEqual([
      { type: "text", text: "What is this?" },
      { type: "image_url", image_url: { url } },
    ]);
  });

  it("sends maxTokens as max_tokens when configured for an older compatible server", async () => {
    const s = await serve({ defaultReply: "ok" });
    const p = new OpenAIProvider({ baseURL: s.url, apiKey: "k", maxTokensParameter: "max_tokens" });
    await p.complete(ask("hi", { maxTokens: 7 }));
    expect(s.requests[0]!.body.max_tokens).toBe(7);
    expect(s.requests[0]!.body).not.toHaveProperty("max_completion_tokens");
  });

  it("estimates usage (and says so) when the server reports none", async () => {
    const s = await serve({ rules: [{ reply: "twelve chars", usage: null }] });
    const r = await provider(s).complete(ask("12345678"));
    // prompt: 3 reply priming + 4 message framing + 8 bytes / 4; completion: 12 bytes / 4
    expect(r.usage).toEqual({ promptTokens: 9, completionTokens: 3, totalTokens: 12 });
    expect(r.usageEstimated).toBe(true);
  });

  it("rejects a bad request before sending anything", async () => {
    const s = await serve({ defaultReply: "ok" });
    await expect(provider(s).complete({ model: "", messages: [{ role: "user", content: "x" }] })).rejects.toThrow(
      /model must be a non-empty string/,
    );
    await expect(provider(s).complete({ model: "m", messages: [] })).rejects.toThrow(/messages must be a non-empty array/);
    await expect(provider(s).complete(ask("x", { schema: [1, 2] }))).rejects.toThrow(/schema must be a JSON schema object, got an array/);
    await expect(provider(s).complete(ask("x", { maxTokens: 0 }))).rejects.toThrow(/maxTokens must be a positive integer, got 0/);
    expect(s.requests).toHaveLength(0);
  });

  it("rejects a base URL that is not an http(s) URL when it is created, not on the first call", () => {
    expect(() => new OpenAIProvider({ baseURL: "localhost:8000/v1", apiKey: "k" })).toThrow(
      'OpenAIProvider: the base URL "localhost:8000/v1" must use http or https',
    );
    expect(() => new OpenAIProvider({ baseURL: "not a url", apiKey: "k" })).toThrow(/the base URL "not a url" is not a URL \(expected e\.g\. http/);
  });

  it("refuses to start without an API key, saying how to give one", () => {
    const saved = process.env["OPENAI_API_KEY"];
    delete process.env["OPENAI_API_KEY"];
    try {
      expect(() => new OpenAIProvider({ baseURL: "http://127.0.0.1:1/v1" })).toThrow(/pass apiKey or set OPENAI_API_KEY/);
    } finally {
      if (saved !== undefined) process.env["OPENAI_API_KEY"] = saved;
    }
  });
});

describe("OpenAIProvider: JSON mode and structured output", () => {
  it("#:json sends response_format json_object", async () => {
    const s = await serve({ rules: [{ reply: { answer: 42 } }] });
    const r = await provider(s).complete(ask("Reply in JSON: the answer", { json: true }));
    expect(s.requests[0]!.body.response_format).toEqual({ type: "json_object" });
    expect(JSON.parse(r.text)).toEqual({ answer: 42 });
  });

  it("a schema that meets strict mode's rules is sent with strict: true and its title as the name", async () => {
    const schema = {
      title: "city_answer",
      type: "object",
      properties: { city: { type: "string" }, tags: { type: "array", items: { type: "object", properties: { t: { type: "string" } }, required: ["t"], additionalProperties: false } } },
      required: ["city", "tags"],
      additionalProperties: false,
    };
    const s = await serve({ rules: [{ reply: { city: "Paris", tags: [] } }] });
    await provider(s).complete(ask("capital?", { schema, json: true }));
    expect(s.requests[0]!.body.response_format).toEqual({ type: "json_schema", json_schema: { name: "city_answer", schema, strict: true } });
  });

  it("a casual schema (optional fields, open objects) is sent with strict: false so the server does not reject it", async () => {
    const schema = { type: "object", properties: { city: { type: "string" }, note: { type: "string" } }, required: ["city"] };
    const s = await serve({ rules: [{ reply: { city: "Paris" } }] });
    await provider(s).complete(ask("capital?", { schema }));
    expect(s.requests[0]!.body.response_format).toEqual({ type: "json_schema", json_schema: { name: "response", schema, strict: false } });
  });
});

describe("OpenAIProvider: retries", () => {
  it("waits as long as a 429's Retry-After (seconds) asks, then succeeds", async () => {
    const s = await serve({ rules: [{ status: 429, headers: { "retry-after": "1" }, errorMessage: "Rate limit reached", times: 1 }], defaultReply: "ok" });
    const retries: RetryInfo[] = [];
    const start = performance.now();
    const r = await provider(s).complete(ask("hi"), { onRetry: (info) => retries.push(info) });
    const elapsed = performance.now() - start;
    expect(r.text).toBe("ok");
    expect(r.retries).toBe(1);
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(2500);
    expect(s.requests[1]!.arrivedAt - s.requests[0]!.arrivedAt).toBeGreaterThanOrEqual(990);
    expect(retries).toHaveLength(1);
    expect(retries[0]!.attempt).toBe(1);
    expect(retries[0]!.delayMs).toBe(1000);
    expect(retries[0]!.error.kind).toBe("http");
    expect(retries[0]!.error.status).toBe(429);
    expect(retries[0]!.error.message).toContain("Rate limit reached");
  });

  it("honours retry-after-ms and an HTTP-date Retry-After", async () => {
    const s = await serve({
      rules: [
        { match: /ms/, status: 429, headers: { "retry-after-ms": "250", "retry-after": "9" }, times: 1 },
        { match: /date/, status: 503, headers: { "retry-after": new Date(Date.now() + 2000).toUTCString() }, times: 1 },
      ],
      defaultReply: "ok",
    });
    const delays: number[] = [];
    await provider(s).complete(ask("ms"), { onRetry: (i) => delays.push(i.delayMs) });
    expect(delays).toEqual([250]);
    await provider(s).complete(ask("date"), { onRetry: (i) => delays.push(i.delayMs) });
    // An HTTP date has one-second resolution: the wait is what is left of the ~2 s.
    expect(delays[1]).toBeGreaterThan(0);
    expect(delays[1]).toBeLessThanOrEqual(2000);
  });

  it("caps a Retry-After that is longer than retryAfterCapMs", async () => {
    const s = await serve({ rules: [{ status: 429, headers: { "retry-after": "30" }, times: 1 }], defaultReply: "ok" });
    const delays: number[] = [];
    const start = performance.now();
    const r = await provider(s, { retryAfterCapMs: 200 }).complete(ask("hi"), { onRetry: (i) => delays.push(i.delayMs) });
    const elapsed = performance.now() - start;
    expect(r.retries).toBe(1);
    expect(delays).toEqual([200]);
    expect(elapsed).toBeGreaterThanOrEqual(195);
    expect(elapsed).toBeLessThan(1500);
  });

  it("retries 500, 503, 408 and 409 and reports how many retries it took", async () => {
    const s = await serve({
      rules: [
        { status: 500, times: 1 },
        { status: 503, times: 1 },
        { status: 408, times: 1 },
        { status: 409, times: 1 },
      ],
      defaultReply: "finally",
    });
    const r = await provider(s).complete(ask("hi"));
    expect(r).toMatchObject({ text: "finally", retries: 4 });
    expect(s.requests.map((q) => q.status)).toEqual([500, 503, 408, 409, 200]);
  });

  it("gives up after maxRetries, naming the status, the server's message and the retries", async () => {
    const s = await serve({ rules: [{ status: 500, errorMessage: "The server had an error while processing your request." }] });
    const e = await failure(provider(s, { maxRetries: 2 }).complete(ask("hi")));
    expect(s.requests).toHaveLength(3);
    expect(e.kind).toBe("http");
    expect(e.status).toBe(500);
    expect(e.retryable).toBe(true);
    expect(e.message).toBe(
      `language-model request failed: HTTP 500 from ${s.url} (model gpt-4o-mini): The server had an error while processing your request. (gave up after 2 retries)`,
    );
  });

  it("does not retry 400 or 401, and quotes the server's message", async () => {
    const s = await serve({
      rules: [
        { match: /bad/, status: 400, errorMessage: "Invalid value for 'temperature'" },
        { match: /auth/, status: 401, errorMessage: "Incorrect API key provided: test-key." },
      ],
    });
    const bad = await failure(provider(s).complete(ask("bad")));
    expect(bad).toMatchObject({ kind: "http", status: 400, retryable: false });
    expect(bad.message).toBe(`language-model request failed: HTTP 400 from ${s.url} (model gpt-4o-mini): Invalid value for 'temperature'`);
    const auth = await failure(provider(s).complete(ask("auth")));
    expect(auth).toMatchObject({ kind: "http", status: 401, retryable: false });
    expect(auth.message).toContain("HTTP 401");
    expect(auth.message).toContain("Incorrect API key provided");
    expect(s.requests).toHaveLength(2);
  });

  it("keeps the message of servers whose error body has no `error` member (vLLM, FastAPI)", async () => {
    const s = await serve({
      rules: [
        { match: /vllm/, status: 400, rawBody: JSON.stringify({ object: "error", message: "max_tokens must be at most 4096", type: "BadRequestError", code: 400 }) },
        { match: /fastapi/, status: 422, rawBody: JSON.stringify({ detail: "field required: messages" }) },
        { match: /plain/, status: 502, rawBody: "upstream connect error", headers: { "content-type": "text/plain" } },
      ],
    });
    expect((await failure(provider(s).complete(ask("vllm")))).message).toMatch(/HTTP 400 .*: max_tokens must be at most 4096$/);
    expect((await failure(provider(s).complete(ask("fastapi")))).message).toMatch(/HTTP 422 .*: field required: messages$/);
    const plain = await failure(provider(s, { maxRetries: 0 }).complete(ask("plain")));
    expect(plain.message).toMatch(/HTTP 502 .*: upstream connect error$/);
  });

  it("obeys x-should-retry: false on a retryable status", async () => {
    const s = await serve({ rules: [{ status: 500, headers: { "x-should-retry": "false" } }] });
    const e = await failure(provider(s).complete(ask("hi")));
    expect(e).toMatchObject({ kind: "http", status: 500, retryable: false });
    expect(s.requests).toHaveLength(1);
  });

  it("retries a dropped connection", async () => {
    const s = await serve({ rules: [{ drop: true, times: 1 }], defaultReply: "after the drop" });
    const kinds: string[] = [];
    const r = await provider(s).complete(ask("hi"), { onRetry: (i) => kinds.push(i.error.kind) });
    expect(r).toMatchObject({ text: "after the drop", retries: 1 });
    expect(kinds).toEqual(["connection"]);
  });

  it("retries a refused connection, then reports it with the address", async () => {
    const s = await serve({});
    const url = s.url;
    await s.close();
    const retries: RetryInfo[] = [];
    const p = new OpenAIProvider({ baseURL: url, apiKey: "k", retry: { maxRetries: 2, baseDelayMs: 5 } });
    const e = await failure(p.complete(ask("hi"), { onRetry: (i) => retries.push(i) }));
    expect(e.kind).toBe("connection");
    expect(e.retryable).toBe(true);
    expect(e.message).toMatch(new RegExp(`^cannot reach the language-model server at ${url.replace(/\./g, "\\.")} \\(model gpt-4o-mini\\): .*ECONNREFUSED.* \\(gave up after 2 retries\\)$`));
    expect(retries.map((r) => r.attempt)).toEqual([1, 2]);
  });
});

describe("OpenAIProvider: cancellation and timeouts", () => {
  it("an abort during a back-off wait ends the call at once", async () => {
    const s = await serve({ rules: [{ status: 429, headers: { "retry-after": "30" } }] });
    const controller = new AbortController();
    const call = provider(s).complete(ask("hi"), { signal: controller.signal, onRetry: () => setTimeout(() => controller.abort(), 50) });
    const start = performance.now();
    const e = await failure(call);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(e.kind).toBe("cancelled");
    expect(e.message).toBe("language-model call cancelled (model gpt-4o-mini)");
    expect(s.requests).toHaveLength(1);
  });

  it("an abort during the HTTP request ends the call at once and the server sees the connection close", async () => {
    const s = await serve({ rules: [{ hang: true }] });
    const controller = new AbortController();
    const call = provider(s).complete(ask("hi"), { signal: controller.signal });
    await s.waitFor((x) => x.requests.length === 1, "the request to arrive");
    const start = performance.now();
    controller.abort();
    const e = await failure(call);
    expect(performance.now() - start).toBeLessThan(500);
    expect(e.kind).toBe("cancelled");
    await s.waitFor((x) => x.requests[0]!.aborted, "the server to see the abort", 2000);
    expect(s.inFlight).toBe(0);
  });

  it("an abort while the server is slow to answer is not mistaken for a connection error (no retry)", async () => {
    const s = await serve({ rules: [{ latencyMs: 2000, reply: "too late" }] });
    const controller = new AbortController();
    const retries: RetryInfo[] = [];
    const call = provider(s).complete(ask("hi"), { signal: controller.signal, onRetry: (i) => retries.push(i) });
    await s.waitFor((x) => x.requests.length === 1, "the request");
    controller.abort();
    expect((await failure(call)).kind).toBe("cancelled");
    expect(retries).toEqual([]);
    await s.waitFor((x) => x.requests[0]!.aborted, "the abort");
  });

  it("one signal shared by many concurrent calls works without Node's listener-leak warning", async () => {
    const s = await serve({ rules: [{ reply: (r) => r.lastUserMessage, latencyMs: 20 }] });
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      const shared = new AbortController();
      const p = provider(s);
      const texts = await Promise.all(Array.from({ length: 40 }, (_, i) => p.complete(ask(String(i)), { signal: shared.signal }).then((r) => r.text)));
      expect(texts).toEqual(Array.from({ length: 40 }, (_, i) => String(i)));
      // and aborting it still cancels every call that is in flight
      const hanging = Array.from({ length: 15 }, () => p.complete(ask("hang", { model: "hang" }), { signal: shared.signal }).catch((e: unknown) => e));
      shared.abort();
      for (const outcome of await Promise.all(hanging)) expect(outcome).toMatchObject({ kind: "cancelled" });
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.map((w) => w.message)).toEqual([]);
  });

  it("an already-aborted signal sends nothing", async () => {
    const s = await serve({ defaultReply: "ok" });
    const e = await failure(provider(s).complete(ask("hi"), { signal: AbortSignal.abort() }));
    expect(e.kind).toBe("cancelled");
    expect(s.requests).toHaveLength(0);
  });

  it("timeoutMs ends a hanging request with kind timeout and closes the connection", async () => {
    const s = await serve({ rules: [{ hang: true }] });
    const start = performance.now();
    const e = await failure(provider(s).complete(ask("hi", { timeoutMs: 300 })));
    const elapsed = performance.now() - start;
    expect(e.kind).toBe("timeout");
    expect(e.retryable).toBe(false);
    expect(e.message).toBe("language-model call timed out after 300 ms (model gpt-4o-mini)");
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1500);
    await s.waitFor((x) => x.requests[0]!.aborted, "the server to see the abort");
    expect(s.requests).toHaveLength(1);
  });

  it("timeoutMs bounds the whole call, back-off waits included", async () => {
    const s = await serve({ rules: [{ status: 429, headers: { "retry-after": "10" } }] });
    const start = performance.now();
    const e = await failure(provider(s).complete(ask("hi", { timeoutMs: 300 })));
    expect(e.kind).toBe("timeout");
    expect(performance.now() - start).toBeLessThan(1500);
    expect(s.requests).toHaveLength(1);
  });
});

describe("OpenAIProvider: malformed responses", () => {
  it("a body that is not JSON is kind malformed, quoted, and not retried", async () => {
    const s = await serve({ rules: [{ malformed: "not-json" }] });
    const e = await failure(provider(s).complete(ask("hi")));
    expect(e.kind).toBe("malformed");
    expect(e.message).toBe(`malformed response from ${s.url} (model gpt-4o-mini): the body is not JSON: "<html><body>502 Bad Gateway</body></html>"`);
    expect(s.requests).toHaveLength(1);
  });

  it("a response without choices, or with an empty body, is kind malformed", async () => {
    const s = await serve({ rules: [{ match: /none/, malformed: "no-choices" }, { match: /empty/, malformed: "empty" }] });
    const none = await failure(provider(s).complete(ask("none")));
    expect(none.kind).toBe("malformed");
    expect(none.message).toMatch(/: the response has no choices: "\{\\"id\\":\\"chatcmpl-scripted-0\\"/);
    const empty = await failure(provider(s).complete(ask("empty")));
    expect(empty.message).toBe(`malformed response from ${s.url} (model gpt-4o-mini): the body is empty`);
  });

  it("a refusal instead of content is reported with the model's words", async () => {
    const refusal = { choices: [{ index: 0, message: { role: "assistant", content: null, refusal: "I can't help with that." }, finish_reason: "stop" }] };
    const s = await serve({ rules: [{ rawBody: JSON.stringify(refusal) }] });
    const e = await failure(provider(s).complete(ask("hi")));
    expect(e.kind).toBe("malformed");
    expect(e.message).toMatch(/the model refused: "I can't help with that\."$/);
  });
});
