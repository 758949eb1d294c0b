// Translation between our ChatRequest/ChatResponse and the chat-completions wire format.

import { LlmError } from "./errors.js";
import { isPlainObject, preview } from "./request.js";
import { estimatePromptTokens, estimateTextTokens } from "./tokens.js";
import type { ChatRequest, ChatResponse, Usage } from "./types.js";

/**
 * Where `maxTokens` goes. OpenAI's current models take `max_completion_tokens` (reasoning models
 * reject `max_tokens`); some older OpenAI-compatible servers only know `max_tokens`.
 */
export type MaxTokensParameter = "max_completion_tokens" | "max_tokens";

export function toWireBody(request: ChatRequest, maxTokensParameter: MaxTokensParameter): Record<string, unknown> {
  const body: Record<string, unknown> = { model: request.model, messages: request.messages };
  if (request.temperature !== undefined) body["temperature"] = request.temperature;
  if (request.maxTokens !== undefined) body[maxTokensParameter] = request.maxTokens;
  if (isPlainObject(request.schema)) {
    body["response_format"] = {
      type: "json_schema",
      json_schema: { name: schemaName(request.schema), schema: request.schema, strict: isStrictCompatible(request.schema) },
    };
  } else if (request.json) {
    body["response_format"] = { type: "json_object" };
  }
  return body;
}

/** The schema's `title` when it is a valid response-format name (letters, digits, _ and -, ≤ 64), else "response". */
export function schemaName(schema: Record<string, unknown>): string {
  const title = schema["title"];
  return typeof title === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(title) ? title : "response";
}

/**
 * Whether OpenAI's strict structured-output mode accepts this schema: every object schema
 * closes its properties (`additionalProperties: false`) and lists all of them in `required`.
 * Strict mode guarantees the reply matches the schema, but the server rejects schemas that do not
 * meet these rules; we send `strict: true` only when they are met, so a casual schema still works
 * (best effort) instead of failing with a 400.
 */
export function isStrictCompatible(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.every(isStrictCompatible);
  if (!isPlainObject(schema)) return true;
  const type = schema["type"];
  const isObject = type === "object" || (Array.isArray(type) && type.includes("object")) || "properties" in schema;
  if (isObject) {
    const properties = isPlainObject(schema["properties"]) ? schema["properties"] : {};
    const required = Array.isArray(schema["required"]) ? schema["required"] : [];
    if (schema["additionalProperties"] !== false) return false;
    if (!Object.keys(properties).every((k) => required.includes(k))) return false;
  }
  const children: unknown[] = [];
  for (const key of ["properties", "$defs", "definitions"]) {
    const group = schema[key];
    if (isPlainObject(group)) children.push(...Object.values(group));
  }
  for (const key of ["items", "anyOf", "oneOf", "allOf", "prefixItems"]) {
    if (schema[key] !== undefined) children.push(schema[key]);
  }
  return children.every(isStrictCompatible);
}

/** `x-ratelimit-*` headers, prefix removed (`remaining-requests`), numbers where the value is numeric. */
export function rateLimitsFrom(headers: Headers): Record<string, string | number> {
  const limits: Record<string, string | number> = {};
  headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (!lower.startsWith("x-ratelimit-")) return;
    const trimmed = value.trim();
    limits[lower.slice("x-ratelimit-".length)] = /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
  });
  return limits;
}

/**
 * Reads a successful chat-completions body. Anything we cannot use (not JSON, no choices, no
 * message, a refusal instead of content) is a "malformed" error that quotes what came back.
 */
export function parseCompletion(
  bodyText: string,
  request: ChatRequest,
  source: string,
): Omit<ChatResponse, "retries" | "rateLimits"> {
  const malformed = (what: string) =>
    new LlmError("malformed", `malformed response from ${source} (model ${request.model}): ${what}`);
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    throw malformed(bodyText.trim() === "" ? "the body is empty" : `the body is not JSON: ${JSON.stringify(preview(bodyText, 120))}`);
  }
  if (!isPlainObject(body)) throw malformed(`expected a JSON object, got ${JSON.stringify(preview(bodyText, 120))}`);
  const choices = body["choices"];
  if (!Array.isArray(choices) || choices.length === 0) {
    throw malformed(`the response has no choices: ${JSON.stringify(preview(bodyText, 120))}`);
  }
  const choice: unknown = choices[0];
  const message = isPlainObject(choice) ? choice["message"] : undefined;
  if (!isPlainObject(choice) || !isPlainObject(message)) {
    throw malformed(`the first choice has no message: ${JSON.stringify(preview(bodyText, 120))}`);
  }
  const content = message["content"];
  const refusal = message["refusal"];
  if (typeof refusal === "string" && refusal !== "" && (content === null || content === undefined || content === "")) {
    throw malformed(`the model refused: ${JSON.stringify(preview(refusal, 200))}`);
  }
  if (content !== null && content !== undefined && typeof content !== "string") {
    throw malformed(`the message content is not text: ${JSON.stringify(preview(JSON.stringify(content), 120))}`);
  }
  const text = content ?? "";
  const reported = usageFrom(body["usage"]);
  const response: Omit<ChatResponse, "retries" | "rateLimits"> = {
    text,
    model: typeof body["model"] === "string" && body["model"] !== "" ? body["model"] : request.model,
    usage: reported ?? estimatedUsage(request, text),
  };
  if (typeof choice["finish_reason"] === "string") response.finishReason = choice["finish_reason"];
  if (!reported) response.usageEstimated = true;
  return response;
}

function usageFrom(raw: unknown): Usage | undefined {
  if (!isPlainObject(raw)) return undefined;
  const prompt = raw["prompt_tokens"];
  const completion = raw["completion_tokens"];
  if (!isCount(prompt) || !isCount(completion)) return undefined;
  const total = raw["total_tokens"];
  return { promptTokens: prompt, completionTokens: completion, totalTokens: isCount(total) ? total : prompt + completion };
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** Some OpenAI-compatible servers omit usage; budgets still need a number, so we estimate. */
function estimatedUsage(request: ChatRequest, text: string): Usage {
  const promptTokens = estimatePromptTokens(request);
  const completionTokens = estimateTextTokens(text);
  return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens };
}
