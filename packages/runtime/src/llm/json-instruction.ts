// OpenAI's JSON mode (`response_format: json_object`) rejects a request whose messages never
// mention JSON. Rather than fail, the runtime adds the sentence itself; the caller notes it in the
// trace. Structured output with a schema has no such rule.

import { messageText } from "./request.js";
import type { ChatMessage, ChatRequest } from "./types.js";

export const JSON_INSTRUCTION = "Respond with a JSON object.";

/** The request, with JSON_INSTRUCTION added to the system message (or as one) when JSON mode needs it. */
export function ensureJsonInstruction(request: ChatRequest): { request: ChatRequest; added: boolean } {
  if (!request.json || request.schema !== undefined) return { request, added: false };
  if (request.messages.some((m) => /json/i.test(messageText(m)))) return { request, added: false };
  const messages: ChatMessage[] = [...request.messages];
  const first = messages[0];
  if (first?.role === "system" && typeof first.content === "string") {
    messages[0] = { role: "system", content: first.content === "" ? JSON_INSTRUCTION : `${first.content}\n\n${JSON_INSTRUCTION}` };
  } else {
    messages.unshift({ role: "system", content: JSON_INSTRUCTION });
  }
  return { request: { ...request, messages }, added: true };
}
