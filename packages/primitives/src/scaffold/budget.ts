// Spending: `token-budget` (nested scopes, all charged), `tokens-used` and `rate-limits`.

import { ControlPrimitive, Parameter, contractViolation, definePrimitive } from "@rlms/evaluator";
import { Flonum, HashTable, sym } from "@rlms/reader";
import { TokenBudget } from "./call-site.js";
import type { ScaffoldHost } from "./host.js";

/**
 * `token-budget`: #f outside any budget. `(parameterize ([token-budget n]) body)` opens a scope of
 * n tokens inside the enclosing one (the guard runs in the enclosing dynamic context, so it sees
 * the enclosing scope), and every call made in `body` is charged to all of them. `#f` keeps the
 * enclosing scope: an inner `parameterize` can narrow a budget, never lift it.
 */
export function tokenBudgetParameter(host: ScaffoldHost): Parameter {
  const parameter: Parameter = new Parameter(
    false,
    new ControlPrimitive("token-budget", [1, 1], (f, [n]) => {
      const enclosing = f.dyn.valueOf(parameter);
      if (n === false) {
        f.val = enclosing;
        return;
      }
      if (!(typeof n === "number" && Number.isInteger(n) && n >= 0)) throw contractViolation("token-budget", "(or/c exact-nonnegative-integer? #f)", n);
      f.val = new TokenBudget(host.budgetScope(enclosing instanceof TokenBudget ? enclosing.scope : null, n));
    }),
    "token-budget",
  );
  return parameter;
}

/** An immutable hasheq with symbol keys, as the scaffold's hashes are (scaffold.md). */
function symbolHash(entries: ReadonlyArray<readonly [string, unknown]>): HashTable {
  const h = new HashTable("eq", false);
  for (const [k, v] of entries) h.set(sym(k), v);
  return h;
}

export function usagePrimitives(host: ScaffoldHost): Array<readonly [string, unknown]> {
  return [
    [
      "tokens-used",
      definePrimitive("tokens-used", 0, () => {
        const u = host.usage();
        return symbolHash([
          ["prompt_tokens", u.promptTokens],
          ["completion_tokens", u.completionTokens],
          ["total_tokens", u.totalTokens],
          ["total_calls", u.calls],
          ["cost_usd", u.costUsd === null ? false : new Flonum(u.costUsd)],
        ]);
      }),
    ],
    [
      "rate-limits",
      definePrimitive("rate-limits", 0, () =>
        symbolHash(Object.entries(host.rateLimits()).map(([k, v]) => [k, typeof v === "number" && !Number.isInteger(v) ? new Flonum(v) : v] as const)),
      ),
    ],
  ];
}
