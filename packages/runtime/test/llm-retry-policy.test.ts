// The retry policy's arithmetic: back-off windows with full jitter and the server-requested wait.
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, backoffDelayMs, serverRequestedDelayMs } from "../src/llm/index.js";
import { retryDelayMs, retryPolicy } from "../src/llm/retry-policy.js";

describe("back-off", () => {
  const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });

  it("draws uniformly from a window that doubles per retry and stops at maxDelayMs", () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 4, 5].map((i) => backoffDelayMs(policy, i, top))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelayMs(policy, 3, () => 0)).toBe(0);
    expect(backoffDelayMs(policy, 3, () => 0.5)).toBe(400);
  });

  it("has documented defaults: 5 retries, 500 ms base, 20 s window cap, 60 s Retry-After cap", () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({ maxRetries: 5, baseDelayMs: 500, maxDelayMs: 20_000, retryAfterCapMs: 60_000 });
    expect(retryPolicy({ maxRetries: undefined })).toEqual(DEFAULT_RETRY_POLICY);
  });

  it("rejects nonsense settings with the name of the setting", () => {
    expect(() => retryPolicy({ maxRetries: -1 })).toThrow("retry.maxRetries must be a non-negative integer, got -1");
    expect(() => retryPolicy({ maxRetries: 1.5 })).toThrow("retry.maxRetries must be a non-negative integer, got 1.5");
    expect(() => retryPolicy({ baseDelayMs: Number.NaN })).toThrow("retry.baseDelayMs must be a non-negative number of milliseconds, got NaN");
  });
});

describe("server-requested delay", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  const h = (entries: Record<string, string>) => new Headers(entries);

  it("reads Retry-After as seconds (fractions too) and retry-after-ms as milliseconds, preferring the latter", () => {
    expect(serverRequestedDelayMs(h({ "retry-after": "2" }), now)).toBe(2000);
    expect(serverRequestedDelayMs(h({ "retry-after": "0.5" }), now)).toBe(500);
    expect(serverRequestedDelayMs(h({ "retry-after-ms": "120" }), now)).toBe(120);
    expect(serverRequestedDelayMs(h({ "retry-after-ms": "120", "retry-after": "9" }), now)).toBe(120);
  });

  it("reads an HTTP date relative to now; a past date means no wait", () => {
    expect(serverRequestedDelayMs(h({ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }), now)).toBe(3000);
    expect(serverRequestedDelayMs(h({ "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" }), now)).toBe(0);
  });

  it("ignores what it cannot read (then the back-off applies)", () => {
    expect(serverRequestedDelayMs(h({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(serverRequestedDelayMs(h({ "retry-after": "-3" }), now)).toBeUndefined();
    expect(serverRequestedDelayMs(h({}), now)).toBeUndefined();
    expect(serverRequestedDelayMs(undefined, now)).toBeUndefined();
    const policy = retryPolicy({ baseDelayMs: 100 });
    expect(retryDelayMs(policy, 0, h({ "retry-after": "soon" }), () => 0.5)).toBe(50);
  });

  it("caps the server's wait at retryAfterCapMs", () => {
    const policy = retryPolicy({ retryAfterCapMs: 5000 });
    expect(retryDelayMs(policy, 0, h({ "retry-after": "120" }))).toBe(5000);
    expect(retryDelayMs(policy, 0, h({ "retry-after": "3" }))).toBe(3000);
  });
});
