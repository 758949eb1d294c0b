// One call under a budget: reserve the worst case, send, charge what was used (or free the
// reservation on failure), and account it in the ledger. The scaffold's llm-query goes through here.

import { BudgetScope } from "./budget.js";
import type { Ledger } from "./ledger.js";
import { costUsd, priceFor } from "./prices.js";
import { validateChatRequest } from "./request.js";
import { estimatePromptTokens } from "./tokens.js";
import type { CallOptions, ChatRequest, ChatResponse, Provider } from "./types.js";

/** Completion tokens assumed for the worst case when a request sets no maxTokens. */
export const DEFAULT_COMPLETION_ALLOWANCE = 1024;

export interface MeteredCallOptions extends CallOptions {
  scope: BudgetScope;
  ledger?: Ledger;
  /** Worst-case completion tokens when the request has no maxTokens (default 1024). */
  completionAllowance?: number;
}

export async function completeWithinBudget(provider: Provider, request: ChatRequest, options: MeteredCallOptions): Promise<ChatResponse> {
  const { scope, ledger, completionAllowance = DEFAULT_COMPLETION_ALLOWANCE, ...callOptions } = options;
  validateChatRequest(request);
  const promptEstimate = estimatePromptTokens(request);
  const completion = request.maxTokens ?? completionAllowance;
  const price = priceFor(request.model);
  // An unpriced model cannot be held to a cost limit; its tokens still count against token limits.
  const worstCost = price ? (promptEstimate * price.inputPerMillion + completion * price.outputPerMillion) / 1_000_000 : 0;
  const description = `prompt estimate ${promptEstimate} + ${request.maxTokens === undefined ? "completion allowance" : "max tokens"} ${completion}`;
  const reservation = scope.reserve(promptEstimate + completion, { costUsd: worstCost, description });
  let response: ChatResponse;
  try {
    response = await provider.complete(request, callOptions);
  } catch (error) {
    scope.release(reservation);
    throw error;
  }
  scope.settle(reservation, response.usage.totalTokens, costUsd(response.model, response.usage) ?? 0);
  ledger?.record(response);
  return response;
}
