// Checks and small views of a ChatRequest shared by the providers.

import type { ChatMessage, ChatRequest } from "./types.js";

const ROLES = new Set(["system", "user", "assistant"]);

/**
 * Rejects a request no server could answer, before anything is sent or recorded. The scaffold
 * validates its keywords first; this guards the host API itself.
 */
export function validateChatRequest(request: ChatRequest): void {
  const where = "language-model request";
  if (typeof request.model !== "string" || request.model.trim() === "") {
    throw new TypeError(`${where}: model must be a non-empty string, got ${JSON.stringify(request.model)}`);
  }
  if (!Array.isArray(request.messages) || request.messages.length === 0) {
    throw new TypeError(`${where}: messages must be a non-empty array (give at least one user message)`);
  }
  request.messages.forEach((m, i) => {
    if (!ROLES.has(m.role)) {
      throw new TypeError(`${where}: messages[${i}].role must be "system", "user" or "assistant", got ${JSON.stringify(m.role)}`);
    }
    if (typeof m.content !== "string" && !Array.isArray(m.content)) {
      throw new TypeError(`${where}: messages[${i}].content must be a string or an array of content parts`);
    }
  });
  if (request.temperature !== undefined && !(Number.isFinite(request.temperature) && request.temperature >= 0)) {
    throw new TypeError(`${where}: temperature must be a non-negative number, got ${request.temperature}`);
  }
  for (const [name, value] of [["maxTokens", request.maxTokens], ["timeoutMs", request.timeoutMs]] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      throw new TypeError(`${where}: ${name} must be a positive integer, got ${value}`);
    }
  }
  if (request.schema !== undefined && !isPlainObject(request.schema)) {
    throw new TypeError(`${where}: schema must be a JSON schema object, got ${describeValue(request.schema)}`);
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  return Array.isArray(value) ? "an array" : value === null ? "null" : typeof value;
}

/** The text of a message: its content string, or its text parts joined by newlines. */
export function messageText(message: ChatMessage): string {
  if (typeof message.content === "string") return message.content;
  return message.content.flatMap((p) => (p.type === "text" ? [p.text] : [])).join("\n");
}

/** The text of the last user message, or "" when there is none. */
export function lastUserText(request: Pick<ChatRequest, "messages">): string {
  for (let i = request.messages.length - 1; i >= 0; i--) {
    const m = request.messages[i]!;
    if (m.role === "user") return messageText(m);
  }
  return "";
}

/** A one-line preview for error messages: whitespace collapsed, cut at `max` characters. */
export function preview(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max)}…`;
}
