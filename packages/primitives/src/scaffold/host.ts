// What the scaffold needs from the program that embeds it (the runtime's session): sending
// language-model calls within budgets, the usage ledger, contexts. The scaffold turns Scheme
// arguments into these requests and the replies back into Scheme values; everything with a
// lifetime longer than one call (providers, ledgers, traces, limits) belongs to the host.

/** One language-model call, as the scaffold's keywords describe it. */
export interface LlmRequest {
  /** The Scheme procedure that made the call (`llm-query`, `map-async` ...), for messages. */
  readonly who: string;
  readonly instruction?: string;
  readonly data?: string;
  readonly model?: string;
  readonly temperature?: number;
  readonly maxTokens?: number;
  readonly json: boolean;
  /** A JSON schema (already converted from a jsexpr hash). */
  readonly schema?: Readonly<Record<string, unknown>>;
  /** Data URLs, base64 text or file names (the host decides which it accepts). */
  readonly images: readonly string[];
  readonly timeoutMs?: number;
}

export interface LlmReply {
  readonly text: string;
  /** The trace event id of the call. */
  readonly callId: string;
  readonly model: string;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly costUsd: number | null;
}

/** Where a call is made from: the innermost `token-budget` scope, and the signal that cancels it (a run's, or a `map-async` item's). */
export interface CallSite {
  readonly budget: BudgetScopeHandle | null;
  readonly signal: AbortSignal;
}

/** A host budget scope, opaque to the scaffold. */
export interface BudgetScopeHandle {
  readonly limit: number;
  /** Tokens this scope can still spend under its own limit and every enclosing `token-budget` (never the session's host-kept budget, which sandbox code must not see). */
  remaining(): number;
}

export interface UsageTotals {
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly totalTokens: number;
  readonly calls: number;
  /** Null when a model without a known price was used. */
  readonly costUsd: number | null;
}

/**
 * A failed call, as the host reports it: `kind` says what went wrong ("http", "connection",
 * "timeout", "cancelled", "malformed", "replay-miss", "budget", "request", or "setup" when the
 * host could not make its provider: no API key, a cassette it cannot create), `status` the HTTP
 * status when there was one. The scaffold raises it as a Scheme error.
 */
export class LlmCallError extends Error {
  constructor(
    message: string,
    readonly kind: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface ScaffoldHost {
  /** Sends one call (rejects with LlmCallError; never with anything else for expected failures). */
  complete(request: LlmRequest, site: CallSite): Promise<LlmReply>;
  /** A budget scope of `limit` tokens inside `parent` (null: directly inside the session's). */
  budgetScope(parent: BudgetScopeHandle | null, limit: number): BudgetScopeHandle;
  usage(): UsageTotals;
  /** The latest rate-limit headers (`remaining-requests` ...), values numbers where numeric. */
  rateLimits(): Readonly<Record<string, string | number>>;
  /** A context loaded under `name`, or undefined. */
  namedContext(name: string): unknown;
}
