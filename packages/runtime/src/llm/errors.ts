// One error type for everything that can go wrong in a language-model call, so callers (the
// scaffold's `try`, the trace, the retry loop) dispatch on `kind` instead of on SDK classes.

export type LlmErrorKind = "http" | "connection" | "timeout" | "cancelled" | "malformed" | "replay-miss";

export class LlmError extends Error {
  readonly kind: LlmErrorKind;
  /** The HTTP status, for kind "http". */
  readonly status?: number;
  /** Whether trying the same request again could succeed (408/409/429/5xx and connection errors). */
  readonly retryable: boolean;

  constructor(kind: LlmErrorKind, message: string, details: { status?: number; retryable?: boolean; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "LlmError";
    this.kind = kind;
    if (details.status !== undefined) this.status = details.status;
    this.retryable = details.retryable ?? false;
  }
}

/** Statuses worth retrying: request timeout, conflict (lock timeouts), rate limit, server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
