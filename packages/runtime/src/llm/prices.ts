// What a call costs, from a table of OpenAI's list prices.
//
// USD per 1M tokens, standard (not batch, not flex, not priority) tier, without the cached-input
// discount, so a cost computed here is an upper bound when the prompt cache hits. Compiled from
// OpenAI's pricing page (https://platform.openai.com/docs/pricing) as published in 2026; prices
// change: update PRICES_AS_OF with the table.

import type { Usage } from "./types.js";

export interface ModelPrice {
  /** USD per 1M prompt tokens. */
  inputPerMillion: number;
  /** USD per 1M completion tokens (reasoning tokens included, as OpenAI bills them). */
  outputPerMillion: number;
}

export const PRICES_AS_OF = "2026-05";

const price = (inputPerMillion: number, outputPerMillion: number): ModelPrice => Object.freeze({ inputPerMillion, outputPerMillion });

export const PRICE_TABLE: Readonly<Record<string, ModelPrice>> = Object.freeze({
  "gpt-5.4": price(2.5, 15),
  "gpt-5.2": price(1.75, 14),
  "gpt-5.1": price(1.25, 10),
  "gpt-5": price(1.25, 10),
  "gpt-5-mini": price(0.25, 2),
  "gpt-5-nano": price(0.05, 0.4),
  "gpt-5-pro": price(15, 120),
  "gpt-4.1": price(2, 8),
  "gpt-4.1-mini": price(0.4, 1.6),
  "gpt-4.1-nano": price(0.1, 0.4),
  "gpt-4o": price(2.5, 10),
  // The first gpt-4o snapshot kept its launch price; an exact match wins over the base model.
  "gpt-4o-2024-05-13": price(5, 15),
  "gpt-4o-mini": price(0.15, 0.6),
  "o3": price(2, 8),
  "o3-mini": price(1.1, 4.4),
  "o4-mini": price(1.1, 4.4),
  "o1": price(15, 60),
  "o1-mini": price(1.1, 4.4),
  "gpt-4-turbo": price(10, 30),
  "gpt-4": price(30, 60),
  "gpt-3.5-turbo": price(0.5, 1.5),
});

/**
 * The price of `model`, or undefined when the table does not know it. Resolution: the exact name;
 * then without a provider prefix (`openai/gpt-4o`); then without a snapshot suffix
 * (`gpt-4o-2024-08-06`, `gpt-4-0613`). Names are compared in lower case. Aliases such as
 * `chatgpt-4o-latest` are priced differently from their namesakes and stay unknown.
 */
export function priceFor(model: string): ModelPrice | undefined {
  let name = model.trim().toLowerCase();
  if (PRICE_TABLE[name]) return PRICE_TABLE[name];
  name = name.replace(/^openai\//, "");
  if (PRICE_TABLE[name]) return PRICE_TABLE[name];
  const base = name.replace(/-(\d{4}-\d{2}-\d{2}|\d{4})$/, "");
  return PRICE_TABLE[base];
}

/** USD for `usage` on `model`, or null when the model's price is unknown. */
export function costUsd(model: string, usage: Pick<Usage, "promptTokens" | "completionTokens">): number | null {
  const p = priceFor(model);
  if (!p) return null;
  return (usage.promptTokens * p.inputPerMillion + usage.completionTokens * p.outputPerMillion) / 1_000_000;
}
