// The dynamic context of a call: which budget scope it spends from and which signal cancels it.
// Both live in parameters of the calling fiber's dynamic state, so they follow `parameterize`,
// and fibers spawned by `map-async` inherit them (with a signal of their own per item).

import { setMaxListeners } from "node:events";
import { Parameter, type Fiber } from "@rlms/evaluator";
import { PRINT, type PrintContext } from "@rlms/reader";
import type { BudgetScopeHandle, CallSite } from "./host.js";

const NEVER = new AbortController().signal;

/**
 * The signal that cancels the calls of the current fiber. Not bound to any name: the host sets it
 * for a run (its dynamic state) and `map-async` for each item.
 */
export const CALL_SIGNAL = new Parameter(NEVER, false, "call-signal");

/** The value of `(token-budget)` inside `(parameterize ([token-budget n]) ...)`. */
export class TokenBudget {
  constructor(readonly scope: BudgetScopeHandle) {}

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<token-budget: ${this.scope.limit} tokens, ${this.scope.remaining()} left>`);
  }
}

export function callSite(f: Fiber, tokenBudget: Parameter): CallSite {
  const budget = f.dyn.valueOf(tokenBudget);
  return {
    budget: budget instanceof TokenBudget ? budget.scope : null,
    signal: f.dyn.valueOf(CALL_SIGNAL) as AbortSignal,
  };
}

/**
 * A controller whose signal also aborts when `parent` does. `release()` detaches it from the
 * parent once its work is over, so a run's signal does not collect one listener per item of
 * every `map-async` (and Node does not warn about "possible leaks" past ten).
 */
export function childSignal(parent: AbortSignal): { controller: AbortController; release(): void } {
  const controller = new AbortController();
  if (parent.aborted) {
    controller.abort(parent.reason);
    return { controller, release: () => {} };
  }
  const propagate = () => controller.abort(parent.reason);
  setMaxListeners(0, parent);
  parent.addEventListener("abort", propagate, { once: true });
  return { controller, release: () => parent.removeEventListener("abort", propagate) };
}
