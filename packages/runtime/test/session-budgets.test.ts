// Budgets, usage and rate limits as sandbox code sees them (scaffold.md, "Budgets, usage,
// limits"), through a session against the scripted server. The token counts below follow the
// layer's estimate: `#:data "a"` alone is 1 (text) + 4 (message) + 3 (reply priming) = 8 tokens.

import { describe, expect, it } from "vitest";
import { closeAfterEach, scriptedSession } from "./support/scripted-session.js";

closeAfterEach();

/** Every answer reports 100 tokens (10 prompt + 90 completion), whatever was asked. */
const HUNDRED_TOKENS = { usage: { prompt_tokens: 10, completion_tokens: 90, total_tokens: 100 } };

/** `(ask DATA MAX)`: the answer's text, or "refused: <message>" when the call raised an error. */
const ASK = `(define (ask data max) (try (syntax-e (llm-query #:data data #:max-tokens max)) on-error (lambda (m) (string-append "refused: " m))))`;

describe("token-budget", () => {
  it("charges every enclosing scope: spending in an inner scope leaves less for the outer ones", async () => {
    const { session, server } = await scriptedSession([{ usage: { prompt_tokens: 20, completion_tokens: 180, total_tokens: 200 } }]);
    const r = await session.execute(`${ASK}
      (parameterize ([token-budget 500])
        (define inner (parameterize ([token-budget 400]) (parameterize ([token-budget 300]) (ask "a" 200))))
        ;; 500 - 200 spent in the innermost scope = 300 left here: 308 no longer fits, 258 does.
        (list inner (ask "b" 300) (ask "c" 250)))`);
    expect(r.status).toBe("ok");
    expect(r.value).toEqual([
      "echo: a",
      "refused: llm-query: token budget exceeded: the call needs up to 308 tokens (prompt estimate 8 + max tokens 300) but the token-budget of 500 tokens has 300 left (200 spent, 0 reserved by calls in flight); nothing was sent",
      "echo: c",
    ]);
    expect(server.requests.map((q) => q.lastUserMessage)).toEqual(["a", "c"]);
  });

  it("refuses a call whose worst case (prompt estimate + #:max-tokens) cannot fit, before anything is sent", async () => {
    const { session, server } = await scriptedSession([]);
    const r = await session.execute(`(parameterize ([token-budget 100]) (llm-query #:data "a" #:max-tokens 500))`);
    expect(r.status).toBe("error");
    expect(r.error?.message).toBe(
      "llm-query: token budget exceeded: the call needs up to 508 tokens (prompt estimate 8 + max tokens 500) but the token-budget of 100 tokens has 100 left (0 spent, 0 reserved by calls in flight); nothing was sent",
    );
    expect(r.error?.callFailure).toEqual({ kind: "budget" });
    // Without #:max-tokens the worst case assumes a completion of 1024 tokens.
    const noMax = await session.execute(`(parameterize ([token-budget 1000]) (llm-query #:data "a"))`);
    expect(noMax.error?.message).toMatch(/needs up to 1032 tokens \(prompt estimate 8 \+ completion allowance 1024\)/);
    expect(server.requests).toHaveLength(0);
    // A refused call spent nothing: the same scope still affords a call that fits.
    const fits = await session.execute(`(parameterize ([token-budget 100]) (syntax-e (llm-query #:data "a" #:max-tokens 50)))`);
    expect(fits.value).toBe("echo: a");
  });

  it("charges llm-query-async calls started inside the parameterize to it, even when awaited outside", async () => {
    const { session, server } = await scriptedSession([{ ...HUNDRED_TOKENS, latencyMs: 20 }]);
    const r = await session.execute(`${ASK}
      (parameterize ([token-budget 500])
        (define hs (for/list ([x '("a" "b" "c")]) (llm-query-async #:data x #:max-tokens 100)))
        (define texts (await-all hs))
        ;; 3 × 100 spent: 200 left, so a call needing 208 is refused and one needing 158 is sent.
        (list texts (ask "d" 200) (ask "e" 150)))`);
    expect(r.value).toEqual([["echo: a", "echo: b", "echo: c"], expect.stringMatching(/^refused: llm-query: token budget exceeded: .* has 200 left \(300 spent/), "echo: e"]);
    expect(server.requests.map((q) => q.lastUserMessage).sort()).toEqual(["a", "b", "c", "e"]);
  });

  it("reserves the worst case of async calls in flight, so concurrent calls cannot overspend together", async () => {
    const { session, server } = await scriptedSession([{ latencyMs: 30 }]);
    // Each call may use 208 tokens: two fit in 500 at once, the third is refused while they run.
    const r = await session.execute(`
      (define hs (parameterize ([token-budget 500]) (for/list ([x '("a" "b" "c")]) (llm-query-async #:data x #:max-tokens 200))))
      (map (lambda (h) (try (syntax-e (await h)) on-error (lambda (m) m))) hs)`);
    expect(r.value).toEqual(["echo: a", "echo: b", expect.stringMatching(/token budget exceeded: the call needs up to 208 tokens .* has 84 left \(0 spent, 416 reserved by calls in flight\)/)]);
    expect(server.requests).toHaveLength(2);
  });

  it("charges map-async items (their fibers inherit the budget of the map-async call)", async () => {
    const { session, server } = await scriptedSession([{ ...HUNDRED_TOKENS, latencyMs: 10 }]);
    const r = await session.execute(`${ASK}
      (parameterize ([token-budget 500])
        (define items (map-async (lambda (x) (syntax-e (llm-query #:data x #:max-tokens 100))) '("a" "b" "c")))
        (list items (ask "d" 200)))`);
    expect(r.value).toEqual([["echo: a", "echo: b", "echo: c"], expect.stringMatching(/^refused: .* has 200 left \(300 spent/)]);
    expect(server.requests).toHaveLength(3);
  });

  it("rejects a budget that is not a natural number with a contract error", async () => {
    const { session } = await scriptedSession([]);
    const r = await session.execute(`(parameterize ([token-budget -5]) 1)`);
    expect(r.error?.message).toMatch(/^token-budget: contract violation\n  expected: \(or\/c exact-nonnegative-integer\? #f\)\n  given: -5/);
  });
});

describe("the session budget (host-kept)", () => {
  it("cannot be seen by sandbox code: (token-budget) is #f outside any scope, and a scope shows only its own limit", async () => {
    const { session } = await scriptedSession([], { limits: { maxTokens: 300 } });
    const r = await session.execute(`(list (token-budget) (format "~a" (parameterize ([token-budget 100000]) (token-budget))))`);
    expect(r.value).toEqual([false, "#<token-budget: 100000 tokens, 100000 left>"]);
  });

  it("cannot be lifted by a parameterize with a larger budget", async () => {
    const { session, server } = await scriptedSession([], { limits: { maxTokens: 300 } });
    const r = await session.execute(`(parameterize ([token-budget 100000]) (llm-query #:data "a" #:max-tokens 500))`);
    expect(r.status).toBe("error");
    expect(r.error?.message).toMatch(/^llm-query: token budget exceeded: the call needs up to 508 tokens .* but the session budget of 300 tokens has 300 left/);
    expect(server.requests).toHaveLength(0);
  });

  it("spans runs: what one run spent is gone for the next", async () => {
    const { session, server } = await scriptedSession([HUNDRED_TOKENS], { limits: { maxTokens: 250 } });
    expect((await session.execute(`(syntax-e (llm-query #:data "a" #:max-tokens 100))`)).value).toBe("echo: a");
    expect((await session.execute(`(syntax-e (llm-query #:data "b" #:max-tokens 100))`)).value).toBe("echo: b");
    const third = await session.execute(`(llm-query #:data "c" #:max-tokens 100)`);
    expect(third.error?.message).toMatch(/needs up to 108 tokens .* the session budget of 250 tokens has 50 left \(200 spent/);
    expect(server.requests).toHaveLength(2);
  });

  it("limits cost by the worst case from the price table; a model without a price is limited by tokens only", async () => {
    // gpt-4o-mini: $0.15 per 1M input and $0.60 per 1M output tokens; 1000 completion tokens may cost $0.0006.
    const { session, server } = await scriptedSession([], { limits: { maxCostUsd: 0.0002 } });
    const priced = await session.execute(`(llm-query #:data "a" #:max-tokens 1000)`);
    expect(priced.error?.message).toMatch(/^llm-query: cost budget exceeded: the call may cost up to \$0\.000601 .* but the session budget of \$0\.0002 has \$0\.0002 left/);
    const unpriced = await session.execute(`(syntax-e (llm-query #:data "a" #:max-tokens 1000 #:model "my-local-model"))`);
    expect(unpriced.value).toBe("echo: a");
    expect(server.requests.map((q) => q.body.model)).toEqual(["my-local-model"]);
  });
});

describe("tokens-used and rate-limits", () => {
  it("tokens-used totals the session's calls across runs, with cost_usd from the price table", async () => {
    const { session } = await scriptedSession([
      { match: /first/, usage: { prompt_tokens: 1000, completion_tokens: 500, total_tokens: 1500 } },
      { usage: { prompt_tokens: 3000, completion_tokens: 1500, total_tokens: 4500 } },
    ]);
    const zero = await session.execute(`(tokens-used)`);
    expect(zero.value).toEqual({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, total_calls: 0, cost_usd: 0 });
    await session.execute(`(llm-query #:data "first")`);
    const r = await session.execute(`(llm-query #:data "second")
      (define u (tokens-used))
      (list (hash-ref u 'prompt_tokens) (hash-ref u 'completion_tokens) (hash-ref u 'total_tokens) (hash-ref u 'total_calls) (hash-ref u 'cost_usd))`);
    // gpt-4o-mini: 4000 × $0.15/1M + 2000 × $0.60/1M = $0.0006 + $0.0012.
    expect(r.value).toEqual([4000, 2000, 6000, 2, expect.closeTo(0.0018, 10)]);
  });

  it("cost_usd is #f once a model without a known price was used", async () => {
    const { session } = await scriptedSession([]);
    const r = await session.execute(`
      (llm-query #:data "a")
      (define before (hash-ref (tokens-used) 'cost_usd))
      (llm-query #:data "b" #:model "my-local-model")
      (list (real? before) (> before 0) (hash-ref (tokens-used) 'cost_usd) (hash-ref (tokens-used) 'total_calls))`);
    expect(r.value).toEqual([true, true, false, 2]);
  });

  it("rate-limits is a hash with symbol keys from the latest x-ratelimit headers (numbers where numeric)", async () => {
    const { session } = await scriptedSession([
      { match: /first/, headers: { "x-ratelimit-limit-requests": "500", "x-ratelimit-remaining-requests": "499", "x-ratelimit-reset-requests": "120ms" } },
      { headers: { "x-ratelimit-limit-requests": "500", "x-ratelimit-remaining-requests": "498", "x-ratelimit-reset-requests": "240ms" } },
    ]);
    const r = await session.execute(`
      (define empty (hash-count (rate-limits)))
      (llm-query #:data "first")
      (llm-query #:data "second")
      (define rl (rate-limits))
      (list empty (andmap symbol? (hash-keys rl)) (hash-ref rl 'limit-requests) (hash-ref rl 'remaining-requests) (hash-ref rl 'reset-requests))`);
    expect(r.value).toEqual([0, true, 500, 498, "240ms"]);
  });
});
