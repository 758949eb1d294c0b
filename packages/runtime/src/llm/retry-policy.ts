// When and how long to wait before trying a failed request again.

export interface RetryPolicy {
  /** Retries after the first attempt (so at most maxRetries + 1 requests). */
  maxRetries: number;
  /** The back-off window for the first retry; it doubles for each further retry. */
  baseDelayMs: number;
  /** The back-off window never grows beyond this. */
  maxDelayMs: number;
  /** A server's Retry-After / retry-after-ms is honoured up to this; longer waits are cut to it. */
  retryAfterCapMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 5,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  retryAfterCapMs: 60_000,
});

/** Fills in defaults and rejects nonsense (negative waits, fractional retry counts). */
export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...stripUndefined(overrides) };
  if (!Number.isInteger(policy.maxRetries) || policy.maxRetries < 0) {
    throw new RangeError(`retry.maxRetries must be a non-negative integer, got ${policy.maxRetries}`);
  }
  for (const name of ["baseDelayMs", "maxDelayMs", "retryAfterCapMs"] as const) {
    if (!(Number.isFinite(policy[name]) && policy[name] >= 0)) {
      throw new RangeError(`retry.${name} must be a non-negative number of milliseconds, got ${policy[name]}`);
    }
  }
  return policy;
}

function stripUndefined(o: Partial<RetryPolicy>): Partial<RetryPolicy> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/**
 * Exponential back-off with full jitter: a uniform wait in [0, min(maxDelay, base · 2^retry)).
 * Full jitter spreads out the fibers that all hit the same rate limit at once, so they do not
 * come back in lockstep. `retryIndex` is 0 for the first retry.
 */
export function backoffDelayMs(policy: RetryPolicy, retryIndex: number, random: () => number = Math.random): number {
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return Math.floor(random() * window);
}

/**
 * The wait a server asked for, in ms, or undefined when it asked for none (or said nothing we
 * can read). `retry-after-ms` (OpenAI's) wins over `Retry-After`, which is either seconds or an
 * HTTP date. A date in the past means "now" (0).
 */
export function serverRequestedDelayMs(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = parseNonNegative(headers.get("retry-after-ms"));
  if (ms !== undefined) return ms;
  const raw = headers.get("retry-after")?.trim();
  if (!raw) return undefined;
  const seconds = parseNonNegative(raw);
  if (seconds !== undefined) return seconds * 1000;
  // HTTP dates name a weekday or month; requiring a letter keeps Date.parse from reading "-3" as a year.
  const date = /[A-Za-z]/.test(raw) ? Date.parse(raw) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseNonNegative(text: string | null): number | undefined {
  if (text === null || !/^\s*\d+(\.\d+)?\s*$/.test(text)) return undefined;
  return Number(text);
}

/** The wait before retry number `retryIndex + 1`: the server's request (capped) or our back-off. */
export function retryDelayMs(policy: RetryPolicy, retryIndex: number, headers: Headers | undefined, random?: () => number): number {
  const requested = serverRequestedDelayMs(headers);
  if (requested !== undefined) return Math.min(requested, policy.retryAfterCapMs);
  return backoffDelayMs(policy, retryIndex, random);
}
