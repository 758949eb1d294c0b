// Token estimates for budget checks made before a request is sent, when the server's count is not
// known yet. A heuristic, not a tokenizer: it must be cheap, dependency-free and model-agnostic.
//
//   text:     ceil(UTF-8 bytes / 4). English averages about 4 characters a token; counting bytes
//             rather than characters makes CJK and other multi-byte text (about 1 token a
//             character, 3 bytes) come out closer instead of 4× too low.
//   message:  + 4 tokens of framing (role, separators), as OpenAI's chat format costs.
//   request:  + 3 tokens that prime the reply.
//   image:    + 765 tokens each, OpenAI's cost of a 1024×1024 image at high detail (the common
//             case; a low-detail image costs 85, a large one more).
//   schema:   + the estimate of its JSON text, which the server adds to the prompt.

import { isPlainObject } from "./request.js";
import type { ChatRequest } from "./types.js";

export const TOKENS_PER_MESSAGE = 4;
export const TOKENS_PER_REPLY = 3;
export const TOKENS_PER_IMAGE = 765;

const utf8 = new TextEncoder();

export function estimateTextTokens(text: string): number {
  return Math.ceil(utf8.encode(text).length / 4);
}

export function estimatePromptTokens(request: Pick<ChatRequest, "messages" | "schema">): number {
  let tokens = TOKENS_PER_REPLY;
  for (const message of request.messages) {
    tokens += TOKENS_PER_MESSAGE;
    if (typeof message.content === "string") {
      tokens += estimateTextTokens(message.content);
      continue;
    }
    for (const part of message.content) {
      tokens += part.type === "text" ? estimateTextTokens(part.text) : TOKENS_PER_IMAGE;
    }
  }
  if (isPlainObject(request.schema)) tokens += estimateTextTokens(JSON.stringify(request.schema));
  return tokens;
}
