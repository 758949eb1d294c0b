// The host-side language-model layer: providers, record/replay, the concurrency cap, budgets,
// usage accounting and prices. Pure TypeScript; the Scheme scaffold builds on this API.

export type { ContentPart, ChatMessage, ChatRequest, Usage, ChatResponse, CallOptions, RetryInfo, Provider } from "./types.js";
export { LlmError, isRetryableStatus, type LlmErrorKind } from "./errors.js";
export { validateChatRequest, lastUserText } from "./request.js";
export { OpenAIProvider, type OpenAIProviderOptions, type Transport } from "./openai-provider.js";
export { createNodeFetch, type NodeFetch, type NodeFetchOptions, type FetchFunction } from "./node-fetch.js";
export { DEFAULT_RETRY_POLICY, backoffDelayMs, serverRequestedDelayMs, type RetryPolicy } from "./retry-policy.js";
export { toWireBody, isStrictCompatible, rateLimitsFrom, type MaxTokensParameter } from "./wire.js";
export { RecordingProvider, ReplayProvider, requestKey, recordedRequest, type CassetteEntry, type RecordedRequest } from "./cassette.js";
export { canonicalJson } from "./canonical-json.js";
export { ConcurrencyLimiter, limitConcurrency, type ReleasePermit } from "./concurrency.js";
export { BudgetScope, BudgetExceeded, Reservation, type BudgetScopeOptions } from "./budget.js";
export { Ledger, type LedgerTotals, type UsageTotals } from "./ledger.js";
export { completeWithinBudget, DEFAULT_COMPLETION_ALLOWANCE, type MeteredCallOptions } from "./metered.js";
export { estimatePromptTokens, estimateTextTokens, TOKENS_PER_IMAGE, TOKENS_PER_MESSAGE, TOKENS_PER_REPLY } from "./tokens.js";
export { priceFor, costUsd, PRICE_TABLE, PRICES_AS_OF, type ModelPrice } from "./prices.js";
export { ensureJsonInstruction, JSON_INSTRUCTION } from "./json-instruction.js";
