// The orchestration scaffold: the bindings a sandbox adds to the language (scaffold.md), all
// protected from redefinition. `installScaffold` puts them into an evaluator's top level for a
// host (the runtime's session), which supplies calls, budgets and contexts.

import { definePrimitive, type Evaluator, type GlobalCell } from "@rlms/evaluator";
import { tokenBudgetParameter, usagePrimitives } from "./budget.js";
import { callPrimitives } from "./calls.js";
import { ALL_CAPABILITIES, refusal, type Capability } from "./capabilities.js";
import { finish, finishVar, getContext, raisedMessage, tryMacro } from "./core.js";
import { HANDLE_PRIMITIVES } from "./handles.js";
import { exceptionInspectors } from "../exceptions.js";
import type { ScaffoldHost } from "./host.js";
import { mapAsync } from "./map-async.js";
import { codegenReference } from "./reference.js";
import { SYNTAX_VALUE_PRIMITIVES } from "./syntax-values.js";

export interface InstalledScaffold {
  /** The `context` binding: the host sets its value when a context is loaded. */
  readonly context: GlobalCell;
}

/** The capabilities each binding needs beyond none (scaffold.md: a sub-sandbox has no finish, no unsafe-*). */
const NEEDS: Readonly<Record<string, readonly Capability[]>> = {
  finish: ["finish"],
  "finish-var": ["finish"],
  "llm-query": ["llm"],
  "llm-query-async": ["llm"],
  "unsafe-raw-query": ["llm", "unsafe"],
};

/**
 * Binds the scaffold in `ev`'s top level, protected. Bindings whose capabilities the sandbox lacks
 * are bound to procedures that refuse with a reason (a program calling `finish` in a sub-sandbox
 * learns what to do instead of meeting an unbound identifier).
 */
export function installScaffold(ev: Evaluator, host: ScaffoldHost, capabilities: ReadonlySet<Capability> = ALL_CAPABILITIES): InstalledScaffold {
  const ns = ev.namespace;
  const tokenBudget = tokenBudgetParameter(host);
  const bindings: Array<readonly [string, unknown]> = [
    ["finish", finish],
    ["finish-var", finishVar(ns)],
    ["get-context", getContext(host)],
    ["%raised-message", raisedMessage],
    ["codegen-reference", definePrimitive("codegen-reference", 0, codegenReference)],
    ...SYNTAX_VALUE_PRIMITIVES,
    ["token-budget", tokenBudget],
    ...usagePrimitives(host),
    ...callPrimitives(host, tokenBudget),
    ...HANDLE_PRIMITIVES,
    ["map-async", mapAsync],
    ...exceptionInspectors("exn:fail:llm"),
  ];
  for (const [name, value] of bindings) {
    const missing = (NEEDS[name] ?? []).find((c) => !capabilities.has(c));
    ns.defineScaffold(name, missing === undefined ? value : refusal(name, value, missing));
  }
  ns.defineScaffoldMacro("try", tryMacro);
  return { context: ns.defineScaffold("context", false, false) };
}

export { LlmCallError, type ScaffoldHost, type LlmRequest, type LlmReply, type CallSite, type BudgetScopeHandle, type UsageTotals } from "./host.js";
export { CALL_SIGNAL, TokenBudget } from "./call-site.js";
export { ModelText } from "./syntax-values.js";
export { LlmHandle } from "./handles.js";
export { callFailure } from "./call-errors.js";
export { SCAFFOLD_DOCS, codegenReference } from "./reference.js";
export { ALL_CAPABILITIES, type Capability } from "./capabilities.js";
