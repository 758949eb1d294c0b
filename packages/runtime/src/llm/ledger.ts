// The session's running account of language-model use: tokens, calls and cost, per model and in
// total, and the most recent rate-limit headers. What `(tokens-used)` and `(rate-limits)` report.

import { costUsd } from "./prices.js";
import type { ChatResponse } from "./types.js";

export interface UsageTotals {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  calls: number;
  /** USD; null when a call used a model the price table does not know. */
  costUsd: number | null;
}

export interface LedgerTotals extends UsageTotals {
  /** USD of the calls whose model has a price (all of them when costUsd is not null). */
  pricedCostUsd: number;
  /** Models that were used but have no price, in order of first use. */
  unpricedModels: string[];
}

export class Ledger {
  private readonly models = new Map<string, UsageTotals>();
  private latestRateLimits: Record<string, string | number> = {};

  /** Adds one completed call, under the model that answered (a dated snapshot is priced as its base). */
  record(call: Pick<ChatResponse, "model" | "usage"> & { rateLimits?: ChatResponse["rateLimits"] }): void {
    let totals = this.models.get(call.model);
    if (!totals) this.models.set(call.model, (totals = { promptTokens: 0, completionTokens: 0, totalTokens: 0, calls: 0, costUsd: 0 }));
    totals.promptTokens += call.usage.promptTokens;
    totals.completionTokens += call.usage.completionTokens;
    totals.totalTokens += call.usage.totalTokens;
    totals.calls += 1;
    const cost = costUsd(call.model, call.usage);
    totals.costUsd = cost === null || totals.costUsd === null ? null : totals.costUsd + cost;
    // Calls without rate-limit headers (replays, servers that send none) keep the last known values.
    if (call.rateLimits && Object.keys(call.rateLimits).length > 0) this.latestRateLimits = { ...call.rateLimits };
  }

  get totals(): LedgerTotals {
    const sum: LedgerTotals = { promptTokens: 0, completionTokens: 0, totalTokens: 0, calls: 0, costUsd: 0, pricedCostUsd: 0, unpricedModels: [] };
    for (const [model, t] of this.models) {
      sum.promptTokens += t.promptTokens;
      sum.completionTokens += t.completionTokens;
      sum.totalTokens += t.totalTokens;
      sum.calls += t.calls;
      if (t.costUsd === null) sum.unpricedModels.push(model);
      else sum.pricedCostUsd += t.costUsd;
    }
    sum.costUsd = sum.unpricedModels.length > 0 ? null : sum.pricedCostUsd;
    return sum;
  }

  /** Totals per model name as the server reported it. */
  byModel(): Record<string, UsageTotals> {
    return Object.fromEntries([...this.models].map(([model, t]) => [model, { ...t }]));
  }

  get rateLimits(): Record<string, string | number> {
    return { ...this.latestRateLimits };
  }
}
