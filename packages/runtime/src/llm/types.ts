// The shapes that cross the language-model layer: what a caller asks for (ChatRequest), what it
// gets back (ChatResponse) and what every provider implements (Provider). Providers compose
// (OpenAIProvider, RecordingProvider, ReplayProvider, limitConcurrency), so they share this one
// interface and nothing else.

import type { LlmError } from "./errors.js";

/** One part of a multimodal message: text, or an image by URL (https: or data: URL). */
export type ContentPart = { type: "text"; text: string } | { type: "image_url"; image_url: { url: string } };

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string | ContentPart[];
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  /** Upper bound on completion tokens (sent as `max_completion_tokens` unless configured otherwise). */
  maxTokens?: number;
  /** Ask for a JSON object (`response_format: {type: "json_object"}`). */
  json?: boolean;
  /** A JSON schema object for structured output (`response_format: {type: "json_schema", ...}`). */
  schema?: unknown;
  /** Deadline for the whole call, retries and back-off waits included; exceeding it is kind "timeout". */
  timeoutMs?: number;
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

export interface ChatResponse {
  text: string;
  /** The model that answered, as the server names it (may be a dated snapshot of the requested one). */
  model: string;
  usage: Usage;
  /** `x-ratelimit-*` response headers without the prefix; numeric values as numbers. */
  rateLimits: Record<string, string | number>;
  /** How many times the call was retried before this response. */
  retries: number;
  finishReason?: string;
  /** True when the server reported no usage and `usage` is this layer's estimate. */
  usageEstimated?: boolean;
}

export interface RetryInfo {
  /** 1 for the first retry. */
  attempt: number;
  delayMs: number;
  /** The failure that caused this retry. */
  error: LlmError;
}

export interface CallOptions {
  signal?: AbortSignal;
  onRetry?: (info: RetryInfo) => void;
}

export interface Provider {
  complete(request: ChatRequest, options?: CallOptions): Promise<ChatResponse>;
}
