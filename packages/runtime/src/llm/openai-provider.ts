// The live provider: an OpenAI-compatible chat-completions endpoint through the `openai` client.
//
// The client's own retries are switched off (maxRetries: 0): they ignore an abort during a
// Retry-After wait and put no cap on Retry-After. The loop here retries instead, with every wait
// and every request tied to one CallLifetime so cancellation and the deadline act at once.

import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { CallLifetime } from "./call-lifetime.js";
import { LlmError, isRetryableStatus } from "./errors.js";
import { createNodeFetch, type FetchFunction } from "./node-fetch.js";
import { validateChatRequest } from "./request.js";
import { retryDelayMs, retryPolicy, type RetryPolicy } from "./retry-policy.js";
import type { CallOptions, ChatRequest, ChatResponse, Provider } from "./types.js";
import { parseCompletion, rateLimitsFrom, toWireBody, type MaxTokensParameter } from "./wire.js";

export interface OpenAIProviderOptions {
  /** Defaults to OPENAI_BASE_URL, then https://api.openai.com/v1. */
  baseURL?: string;
  /** Defaults to OPENAI_API_KEY. Any non-empty string for a local server that ignores keys. */
  apiKey?: string;
  retry?: Partial<RetryPolicy>;
  /** See MaxTokensParameter; default "max_completion_tokens". */
  maxTokensParameter?: MaxTokensParameter;
  /** Source of randomness for back-off jitter (tests pin it). */
  random?: () => number;
  /** See Transport; default "node-http". */
  transport?: Transport;
}

/**
 * What carries the HTTP requests: "node-http" (node-fetch.ts: node:http/node:https with a
 * keep-alive agent per provider; ~3× less CPU per call, no proxy support) or "fetch" (Node's
 * global fetch, i.e. undici, which a global dispatcher can route through a proxy). Either way
 * redirects are not followed.
 */
export type Transport = "node-http" | "fetch";

/** The SDK's own per-request timer stays out of the way (setTimeout's maximum); ours is the deadline. */
const SDK_TIMEOUT_MS = 2 ** 31 - 1;

export class OpenAIProvider implements Provider {
  readonly baseURL: string;
  readonly retry: Readonly<RetryPolicy>;
  readonly transport: Transport;
  private readonly client: OpenAI;
  private readonly maxTokensParameter: MaxTokensParameter;
  private readonly random: () => number;

  constructor(options: OpenAIProviderOptions = {}) {
    const apiKey = options.apiKey ?? process.env["OPENAI_API_KEY"];
    if (!apiKey) {
      throw new TypeError("OpenAIProvider: no API key; pass apiKey or set OPENAI_API_KEY (any string works for a local server)");
    }
    this.baseURL = checkBaseURL(options.baseURL ?? process.env["OPENAI_BASE_URL"] ?? "https://api.openai.com/v1");
    this.retry = retryPolicy(options.retry);
    this.maxTokensParameter = options.maxTokensParameter ?? "max_completion_tokens";
    this.random = options.random ?? Math.random;
    this.transport = options.transport ?? "node-http";
    if (this.transport !== "node-http" && this.transport !== "fetch") {
      throw new TypeError(`OpenAIProvider: transport must be "node-http" or "fetch", got ${JSON.stringify(this.transport)}`);
    }
    // node-fetch never follows redirects; fetch is told not to (see withReadableErrors).
    const send: FetchFunction = this.transport === "node-http" ? createNodeFetch() : (input, init) => fetch(input, { ...init, redirect: "manual" });
    this.client = new OpenAI({ apiKey, baseURL: this.baseURL, maxRetries: 0, timeout: SDK_TIMEOUT_MS, fetch: withReadableErrors(send) });
  }

  async complete(request: ChatRequest, options: CallOptions = {}): Promise<ChatResponse> {
    validateChatRequest(request);
    const lifetime = new CallLifetime(options.signal, request.timeoutMs, `model ${request.model}`);
    try {
      for (let retries = 0; ; retries++) {
        lifetime.throwIfEnded();
        let failure: { error: LlmError; headers: Headers | undefined };
        try {
          return { ...(await this.attempt(request, lifetime.signal)), retries };
        } catch (thrown) {
          failure = this.classify(thrown, request, lifetime);
        }
        const { error, headers } = failure;
        if (!error.retryable || retries >= this.retry.maxRetries) throw withRetryCount(error, retries);
        const delayMs = retryDelayMs(this.retry, retries, headers, this.random);
        options.onRetry?.({ attempt: retries + 1, delayMs, error });
        await lifetime.sleep(delayMs);
      }
    } finally {
      lifetime.dispose();
    }
  }

  /** One HTTP request. The raw response is read here (not by the SDK) so a bad body can be quoted. */
  private async attempt(request: ChatRequest, signal: AbortSignal): Promise<Omit<ChatResponse, "retries">> {
    const body = toWireBody(request, this.maxTokensParameter) as unknown as ChatCompletionCreateParamsNonStreaming;
    const response = await this.client.chat.completions
      .create(body, { signal, maxRetries: 0, timeout: SDK_TIMEOUT_MS })
      .asResponse();
    const text = await response.text();
    return { ...parseCompletion(text, request, this.baseURL), rateLimits: rateLimitsFrom(response.headers) };
  }

  /** Maps whatever an attempt threw to an LlmError, plus the headers that may carry Retry-After. */
  private classify(thrown: unknown, request: ChatRequest, lifetime: CallLifetime): { error: LlmError; headers: Headers | undefined } {
    // Once the call has ended, whatever the aborted request threw is just the echo of that.
    if (lifetime.endedBy) return { error: lifetime.endedBy, headers: undefined };
    if (thrown instanceof LlmError) return { error: thrown, headers: undefined };
    if (thrown instanceof APIUserAbortError) {
      return { error: new LlmError("cancelled", `language-model call cancelled (model ${request.model})`), headers: undefined };
    }
    if (thrown instanceof APIConnectionTimeoutError) {
      return { error: new LlmError("timeout", `language-model request to ${this.baseURL} timed out (model ${request.model})`, { cause: thrown }), headers: undefined };
    }
    if (thrown instanceof APIConnectionError || thrown instanceof TypeError) {
      // TypeError: fetch failed before headers, or the connection broke while reading the body.
      const reason = rootCauseMessage(thrown);
      return {
        error: new LlmError("connection", `cannot reach the language-model server at ${this.baseURL} (model ${request.model}): ${reason}`, {
          retryable: true,
          cause: thrown,
        }),
        headers: undefined,
      };
    }
    if (thrown instanceof APIError && typeof thrown.status === "number") {
      const status = thrown.status;
      const headers = thrown.headers instanceof Headers ? thrown.headers : undefined;
      const message = `language-model request failed: HTTP ${status} from ${this.baseURL} (model ${request.model}): ${serverMessage(thrown)}`;
      return { error: new LlmError("http", message, { status, retryable: shouldRetry(status, headers), cause: thrown }), headers };
    }
    throw thrown;
  }
}

/** A bad base URL is a setup error to report now, not a connection failure to retry later. */
function checkBaseURL(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TypeError(`OpenAIProvider: the base URL ${JSON.stringify(raw)} is not a URL (expected e.g. http://localhost:8000/v1)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`OpenAIProvider: the base URL ${JSON.stringify(raw)} must use http or https`);
  }
  return raw.replace(/\/+$/, "");
}

/** OpenAI's `x-should-retry` header, when present, overrides the status-based decision. */
function shouldRetry(status: number, headers: Headers | undefined): boolean {
  const hint = headers?.get("x-should-retry");
  if (hint === "true") return true;
  if (hint === "false") return false;
  return isRetryableStatus(status);
}

function withRetryCount(error: LlmError, retries: number): LlmError {
  if (retries === 0) return error;
  const plural = retries === 1 ? "retry" : "retries";
  const status = error.status === undefined ? {} : { status: error.status };
  return new LlmError(error.kind, `${error.message} (gave up after ${retries} ${plural})`, { ...status, retryable: error.retryable, cause: error.cause });
}

/** The server's own words: `error.message` of the JSON body, else the body text the SDK kept. */
function serverMessage(error: APIError): string {
  const body: unknown = error.error;
  if (typeof body === "object" && body !== null) {
    const message = (body as { message?: unknown }).message;
    return typeof message === "string" ? message : JSON.stringify(body);
  }
  const text = error.message.replace(/^\d{3}\s*/, "");
  return text === "status code (no body)" ? "(no body)" : text;
}

/** The most specific message in a cause chain ("connect ECONNREFUSED 127.0.0.1:9" rather than "fetch failed"). */
function rootCauseMessage(error: Error): string {
  let current: unknown = error;
  let message = error.message;
  for (let depth = 0; depth < 10 && current instanceof Error; depth++) {
    if (current.message) message = current.message;
    current = current.cause;
  }
  return message;
}

/**
 * The SDK keeps a failed response's message only when the JSON body has an `error` member, which
 * some OpenAI-compatible servers (vLLM: `{"object":"error","message":...}`, FastAPI:
 * `{"detail":...}`) do not send. Rewrap such bodies so their message reaches the user. Redirects
 * are not followed (an OpenAI-compatible endpoint has no reason to redirect a POST, and fetch
 * would turn a 301/302 into a GET): a 3xx is an error that names where it points.
 */
function withReadableErrors(send: FetchFunction): FetchFunction {
  return async (input, init) => {
    const response = await send(input, init);
    // 304 is not a redirect, and a Response with that status cannot carry a body to rewrite.
    if (response.ok || response.status === 304) return response;
    const text = await response.text(); // read even when unused, so fetch can reuse the connection
    const rewritten = response.status >= 300 && response.status < 400 ? redirectBody(response) : readableErrorBody(text);
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    headers.delete("content-encoding");
    return new Response(rewritten, { status: response.status, statusText: response.statusText, headers });
  };
}

function redirectBody(response: Response): string {
  const location = response.headers.get("location");
  const message =
    location === null
      ? "the server answered with a redirect that names no Location; redirects are not followed"
      : `the server redirects to ${location}; redirects are not followed: set the base URL to the address it names`;
  return JSON.stringify({ error: { message } });
}

function readableErrorBody(text: string): string {
  let rewritten = text;
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === "object" && body !== null && !Array.isArray(body) && !("error" in body)) {
      const fields = body as Record<string, unknown>;
      const message = typeof fields["message"] === "string" ? fields["message"] : typeof fields["detail"] === "string" ? fields["detail"] : text;
      rewritten = JSON.stringify({ error: { message } });
    }
  } catch {
    // Not JSON: the SDK passes the text through as the message.
  }
  return rewritten;
}
