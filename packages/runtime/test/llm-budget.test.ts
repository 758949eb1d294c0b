// Budgets (nested scopes, refusal before sending, release on failure), the usage ledger, token
// estimates and prices.
import { describe, expect, it } from "vitest";
import type { ScriptedServer } from "../../../test/support/scripted-llm-server.js";
import { serverPerTest } from "./support/server-per-test.js";
import {
  BudgetExceeded,
  BudgetScope,
  JSON_INSTRUCTION,
  Ledger,
  LlmError,
  OpenAIProvider,
  completeWithinBudget,
  costUsd,
  ensureJsonInstruction,
  estimatePromptTokens,
  priceFor,
  type ChatRequest,
} from "../src/llm/index.js";

const serve = serverPerTest();
let server: ScriptedServer;

const ask = (text: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }], ...extra });
const live = (s: ScriptedServer) => new OpenAIProvider({ baseURL: s.url, apiKey: "k", retry: { maxRetries: 0 } });

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error("expected an exception");
}

describe("budget scopes around real calls", () => {
  it("charges the actual usage to the scope and every enclosing scope, not to siblings", async () => {
    server = await serve({ rules: [{ reply: "ok", usage: { prompt_tokens: 100, completion_tokens: 50 } }] });
    const root = new BudgetScope({ maxTokens: 10_000 });
    const outer = root.child(5000);
    const inner = outer.child(2000);
    const sibling = root.child(3000);
    const ledger = new Ledger();
    const r = await completeWithinBudget(live(server), ask("hi", { maxTokens: 200 }), { scope: inner, ledger });
    expect(r.usage.totalTokens).toBe(150);
    for (const scope of [root, outer, inner]) expect([scope.spentTokens, scope.reservedTokens]).toEqual([150, 0]);
    expect(sibling.spentTokens).toBe(0);
    expect([inner.remainingTokens, outer.remainingTokens, root.remainingTokens]).toEqual([1850, 4850, 9850]);
    expect(ledger.totals).toMatchObject({ promptTokens: 100, completionTokens: 50, totalTokens: 150, calls: 1 });
  });

  it("refuses a call whose worst case does not fit before anything is sent, naming the limit and what is left", async () => {
    server = await serve({ defaultReply: "ok" });
    const root = new BudgetScope({ maxTokens: 10_000 });
    const inner = root.child(100);
    const error = await completeWithinBudget(live(server), ask("hi", { maxTokens: 500 }), { scope: inner }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetExceeded);
    expect((error as BudgetExceeded).message).toBe(
      "token budget exceeded: the call needs up to 508 tokens (prompt estimate 8 + max tokens 500) but the token-budget of 100 tokens has 100 left (0 spent, 0 reserved by calls in flight); nothing was sent",
    );
    expect(error).toMatchObject({ unit: "tokens", limit: 100, requested: 508, remaining: 100, scope: inner });
    expect(server.requests).toHaveLength(0);
    expect([root.reservedTokens, inner.reservedTokens, root.spentTokens]).toEqual([0, 0, 0]);
  });

  it("an enclosing scope's limit applies even when the inner limit is larger, and the error names that scope", () => {
    const root = new BudgetScope({ maxTokens: 1000, label: "the session token budget" });
    const inner = root.child(50_000);
    root.settle(root.reserve(0), 900);
    const error = thrown(() => inner.reserve(300));
    expect(error).toBeInstanceOf(BudgetExceeded);
    expect((error as BudgetExceeded).scope).toBe(root);
    expect((error as BudgetExceeded).message).toBe(
      "token budget exceeded: the call needs up to 300 tokens but the session token budget of 1000 tokens has 100 left (900 spent, 0 reserved by calls in flight); nothing was sent",
    );
    expect(inner.reservedTokens).toBe(0); // a refused reservation touches no scope
  });

  it("releases the reservation when the call fails, charging nothing", async () => {
    server = await serve({ rules: [{ status: 400, errorMessage: "bad request" }] });
    const root = new BudgetScope({ maxTokens: 1000 });
    const inner = root.child(600);
    const ledger = new Ledger();
    const error = await completeWithinBudget(live(server), ask("hi", { maxTokens: 100 }), { scope: inner, ledger }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect(server.requests).toHaveLength(1);
    for (const scope of [root, inner]) expect([scope.spentTokens, scope.reservedTokens]).toEqual([0, 0]);
    expect(ledger.totals.calls).toBe(0);
  });

  it("holds a call's worst case while it is in flight, so concurrent calls cannot overspend together", async () => {
    server = await serve({ rules: [{ reply: "ok", latencyMs: 100, usage: { prompt_tokens: 10, completion_tokens: 10 } }] });
    const scope = new BudgetScope({ maxTokens: 1000 });
    const first = completeWithinBudget(live(server), ask("a", { maxTokens: 600 }), { scope });
    expect(scope.reservedTokens).toBe(608);
    const second = await completeWithinBudget(live(server), ask("b", { maxTokens: 600 }), { scope }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(BudgetExceeded);
    expect((second as BudgetExceeded).message).toContain("has 392 left (0 spent, 608 reserved by calls in flight)");
    await first;
    expect([scope.spentTokens, scope.reservedTokens]).toEqual([20, 0]);
    await completeWithinBudget(live(server), ask("b", { maxTokens: 600 }), { scope }); // fits now
  });

  it("uses a completion allowance (default 1024) as the worst case when the request sets no maxTokens", async () => {
    server = await serve({ defaultReply: "ok" });
    const scope = new BudgetScope({ maxTokens: 1000 });
    const error = await completeWithinBudget(live(server), ask("hi"), { scope }).catch((e: unknown) => e);
    expect((error as Error).message).toContain("needs up to 1032 tokens (prompt estimate 8 + completion allowance 1024)");
    await completeWithinBudget(live(server), ask("hi"), { scope, completionAllowance: 100 });
    expect(server.requests).toHaveLength(1);
  });

  it("a session cost budget refuses a call whose worst-case cost does not fit; unpriced models are limited by tokens only", async () => {
    server = await serve({ rules: [{ reply: "ok", usage: { prompt_tokens: 1000, completion_tokens: 100 } }] });
    const root = new BudgetScope({ maxCostUsd: 0.005 });
    const error = await completeWithinBudget(live(server), ask("hi", { model: "gpt-4o", maxTokens: 1000 }), { scope: root }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "cost budget exceeded: the call may cost up to $0.01 (prompt estimate 8 + max tokens 1000) but the session budget of $0.005 has $0.005 left ($0 spent); nothing was sent",
    );
    expect(error).toMatchObject({ unit: "usd", limit: 0.005 });
    await completeWithinBudget(live(server), ask("hi", { model: "gpt-4o", maxTokens: 100 }), { scope: root });
    expect(root.spentCostUsd).toBeCloseTo((1000 * 2.5 + 100 * 10) / 1e6, 12);
    await completeWithinBudget(live(server), ask("hi", { model: "local-llama", maxTokens: 100_000 }), { scope: root });
    expect(root.spentTokens).toBe(2200);
    expect(server.requests).toHaveLength(2);
  });

  it("settling or releasing a reservation twice is a host bug and says so", () => {
    const scope = new BudgetScope({ maxTokens: 100 });
    const r = scope.reserve(10);
    scope.settle(r, 5);
    expect(() => scope.release(r)).toThrow("budget reservation already settled; it cannot be released again");
    expect(() => scope.child(5).settle(scope.reserve(1), 1)).toThrow("budget: this reservation belongs to the session budget, not the token-budget");
    expect(() => new BudgetScope({ maxTokens: -1 })).toThrow("budget: maxTokens must be a non-negative integer or null, got -1");
  });

  it("a scope without limits only records spending", () => {
    const scope = new BudgetScope();
    scope.settle(scope.reserve(1e9), 123);
    expect([scope.remainingTokens, scope.remainingCostUsd, scope.spentTokens]).toEqual([null, null, 123]);
  });
});

describe("Ledger", () => {
  const usage = (p: number, c: number) => ({ promptTokens: p, completionTokens: c, totalTokens: p + c });

  it("sums tokens, calls and cost per model and in total; a dated snapshot is priced as its base model", () => {
    const ledger = new Ledger();
    ledger.record({ model: "gpt-4o-2024-08-06", usage: usage(1000, 200), rateLimits: { "remaining-requests": 10 } });
    ledger.record({ model: "gpt-4o-2024-08-06", usage: usage(500, 100) });
    ledger.record({ model: "gpt-4o-mini", usage: usage(2000, 1000), rateLimits: { "remaining-requests": 9, "reset-requests": "1s" } });
    const expected4o = (1500 * 2.5 + 300 * 10) / 1e6;
    const expectedMini = (2000 * 0.15 + 1000 * 0.6) / 1e6;
    const t = ledger.totals;
    expect(t).toMatchObject({ promptTokens: 3500, completionTokens: 1300, totalTokens: 4800, calls: 3, unpricedModels: [] });
    expect(t.costUsd).toBeCloseTo(expected4o + expectedMini, 12);
    expect(ledger.byModel()["gpt-4o-2024-08-06"]).toMatchObject({ calls: 2, totalTokens: 1800 });
    expect(ledger.byModel()["gpt-4o-2024-08-06"]!.costUsd).toBeCloseTo(expected4o, 12);
    expect(ledger.rateLimits).toEqual({ "remaining-requests": 9, "reset-requests": "1s" });
    ledger.record({ model: "gpt-4o-mini", usage: usage(1, 1), rateLimits: {} });
    expect(ledger.rateLimits).toEqual({ "remaining-requests": 9, "reset-requests": "1s" }); // a call without headers keeps the last known
  });

  it("reports total cost as null once an unpriced model was used, and still sums the priced part", () => {
    const ledger = new Ledger();
    ledger.record({ model: "gpt-4.1-nano", usage: usage(1_000_000, 0) });
    ledger.record({ model: "my-local-model", usage: usage(10, 10) });
    expect(ledger.totals).toMatchObject({ costUsd: null, pricedCostUsd: 0.1, unpricedModels: ["my-local-model"], totalTokens: 1_000_020 });
    expect(ledger.byModel()["my-local-model"]!.costUsd).toBeNull();
  });
});

describe("prices", () => {
  it("knows current OpenAI models (USD per 1M tokens, input/output)", () => {
    const table: [string, number, number][] = [
      ["gpt-4o", 2.5, 10],
      ["gpt-4o-mini", 0.15, 0.6],
      ["gpt-4.1", 2, 8],
      ["gpt-4.1-mini", 0.4, 1.6],
      ["gpt-4.1-nano", 0.1, 0.4],
      ["o3", 2, 8],
      ["o4-mini", 1.1, 4.4],
      ["gpt-5", 1.25, 10],
      ["gpt-5-mini", 0.25, 2],
      ["gpt-5-nano", 0.05, 0.4],
    ];
    for (const [model, input, output] of table) expect(priceFor(model)).toEqual({ inputPerMillion: input, outputPerMillion: output });
  });

  it("resolves dated snapshots, provider prefixes and case to the base model; a snapshot with its own price keeps it", () => {
    expect(priceFor("gpt-4o-2024-08-06")).toEqual(priceFor("gpt-4o"));
    expect(priceFor("gpt-4o-mini-2024-07-18")).toEqual(priceFor("gpt-4o-mini"));
    expect(priceFor("gpt-4-0613")).toEqual(priceFor("gpt-4"));
    expect(priceFor("openai/gpt-4.1-mini")).toEqual(priceFor("gpt-4.1-mini"));
    expect(priceFor("GPT-5")).toEqual(priceFor("gpt-5"));
    expect(priceFor("gpt-4o-2024-05-13")).toEqual({ inputPerMillion: 5, outputPerMillion: 15 });
  });

  it("computes cost from usage, and null for an unknown model", () => {
    expect(costUsd("gpt-4o", { promptTokens: 1000, completionTokens: 500 })).toBeCloseTo(0.0075, 12);
    expect(costUsd("gpt-5-nano-2025-08-07", { promptTokens: 2_000_000, completionTokens: 1_000_000 })).toBeCloseTo(0.5, 12);
    expect(costUsd("llama-3-70b", { promptTokens: 1, completionTokens: 1 })).toBeNull();
    expect(priceFor("chatgpt-4o-latest")).toBeUndefined();
    expect(priceFor("gpt-4o-mini-tts")).toBeUndefined();
  });
});

describe("token estimates", () => {
  it("counts UTF-8 bytes / 4 per text, 4 per message, 3 for the reply, 765 per image, and the schema's JSON", () => {
    expect(estimatePromptTokens(ask("hi"))).toBe(3 + 4 + 1);
    expect(estimatePromptTokens(ask("日本語"))).toBe(3 + 4 + 3); // 9 bytes
    expect(
      estimatePromptTokens({
        messages: [
          { role: "system", content: "You are terse." },
          { role: "user", content: [{ type: "text", text: "Describe" }, { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } }] },
        ],
      }),
    ).toBe(3 + (4 + 4) + (4 + 2 + 765));
    expect(estimatePromptTokens(ask("hi", { schema: { type: "object" } }))).toBe(8 + 5); // {"type":"object"}: 17 bytes
  });
});

describe("JSON-mode instruction", () => {
  it("adds the sentence to the system message (or as one) only when JSON mode is on and no message mentions JSON", () => {
    const plain = ensureJsonInstruction(ask("list three colours", { json: true }));
    expect(plain.added).toBe(true);
    expect(plain.request.messages).toEqual([{ role: "system", content: JSON_INSTRUCTION }, { role: "user", content: "list three colours" }]);
    const withSystem = ensureJsonInstruction({ model: "m", json: true, messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "colours" }] });
    expect(withSystem.request.messages[0]).toEqual({ role: "system", content: `Be brief.\n\n${JSON_INSTRUCTION}` });
    expect(ensureJsonInstruction(ask("answer as json", { json: true })).added).toBe(false);
    expect(ensureJsonInstruction(ask("colours")).added).toBe(false);
    expect(ensureJsonInstruction(ask("colours", { json: true, schema: { type: "object" } })).added).toBe(false);
  });
});
