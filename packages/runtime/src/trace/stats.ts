// Figures drawn from a trace, shared by the text summary and the HTML page: events per kind,
// tokens and cost per model and per subtree, wall time, language-model calls in flight, errors.

import { TRACE_KINDS, compareStart, type TraceEvent, type TraceKind, type TraceNode } from "./event.js";
import { walkTree } from "./tree.js";

export interface UsageSum {
  /** Language-model calls (events of kind "llm"). */
  calls: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  /** USD of the events whose cost is known. */
  costUsd: number;
  /** Events that spent tokens on a model without a price (costUsd null): the cost is a lower bound when > 0. */
  unpricedCalls: number;
}

export interface ModelUsage extends UsageSum {
  model: string;
}

export interface TraceStats {
  events: number;
  /** Kinds that occur, in the order of TRACE_KINDS. */
  byKind: Array<{ kind: TraceKind; count: number }>;
  /** Per model, by name; events without a model are under "(no model)". */
  models: ModelUsage[];
  total: UsageSum;
  /** First start to last end (or last start, for events still running); 0 for no events. */
  wallMs: number;
  firstStart: number | undefined;
  maxLlmInFlight: number;
  retries: number;
  /** Events with status "error", in start order. */
  errors: TraceEvent[];
  cancelled: number;
  running: number;
}

export const NO_MODEL = "(no model)";

export function emptyUsage(): UsageSum {
  return { calls: 0, promptTokens: 0, completionTokens: 0, totalTokens: 0, costUsd: 0, unpricedCalls: 0 };
}

/** Adds what `e` itself spent to `sum`. */
export function addEventUsage(sum: UsageSum, e: TraceEvent): void {
  if (e.kind === "llm") sum.calls += 1;
  if (e.tokens !== undefined) {
    sum.promptTokens += e.tokens.prompt;
    sum.completionTokens += e.tokens.completion;
    sum.totalTokens += e.tokens.total;
    if (e.costUsd === null) sum.unpricedCalls += 1;
  }
  if (typeof e.costUsd === "number") sum.costUsd += e.costUsd;
}

/** What a node and all its descendants spent. */
export function subtreeUsage(node: TraceNode): UsageSum {
  const sum = emptyUsage();
  for (const n of walkTree([node])) addEventUsage(sum, n);
  return sum;
}

/** The latest time the events mention: an event still running is taken to run until then. */
export function traceHorizon(events: readonly TraceEvent[]): number | undefined {
  let last: number | undefined;
  for (const e of events) last = Math.max(last ?? -Infinity, e.end ?? e.start);
  return last;
}

export interface InFlightPoint {
  time: number;
  count: number;
}

/**
 * The number of events of `kind` in flight after each start and end, in time order. At the same
 * millisecond, ends of earlier calls come before starts (a call that began as another ended did
 * not overlap it), and a call that took no measurable time ends after the starts of its
 * millisecond, so it still counts as in flight (replayed calls take well under a millisecond).
 */
export function inFlightSeries(events: readonly TraceEvent[], kind: TraceKind = "llm"): InFlightPoint[] {
  const horizon = traceHorizon(events);
  const points: Array<{ time: number; order: number; delta: number }> = [];
  for (const e of events) {
    if (e.kind !== kind) continue;
    const end = e.end ?? horizon ?? e.start;
    points.push({ time: e.start, order: 1, delta: 1 });
    points.push({ time: end, order: end === e.start ? 2 : 0, delta: -1 });
  }
  points.sort((a, b) => a.time - b.time || a.order - b.order);
  let count = 0;
  return points.map((p) => ({ time: p.time, count: (count += p.delta) }));
}

export function traceStats(events: readonly TraceEvent[]): TraceStats {
  const kinds = new Map<TraceKind, number>();
  const models = new Map<string, ModelUsage>();
  const total = emptyUsage();
  let retries = 0;
  let cancelled = 0;
  let running = 0;
  let firstStart: number | undefined;
  for (const e of events) {
    kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    firstStart = Math.min(firstStart ?? Infinity, e.start);
    retries += e.retries ?? 0;
    if (e.status === "cancelled") cancelled += 1;
    if (e.status === "running") running += 1;
    if (e.kind === "llm" || e.tokens !== undefined || typeof e.costUsd === "number") {
      const name = e.model ?? NO_MODEL;
      let usage = models.get(name);
      if (!usage) models.set(name, (usage = { model: name, ...emptyUsage() }));
      addEventUsage(usage, e);
      addEventUsage(total, e);
    }
  }
  const horizon = traceHorizon(events);
  return {
    events: events.length,
    byKind: TRACE_KINDS.flatMap((kind) => (kinds.has(kind) ? [{ kind, count: kinds.get(kind)! }] : [])),
    models: [...models.values()].sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0)),
    total,
    wallMs: firstStart === undefined || horizon === undefined ? 0 : horizon - firstStart,
    firstStart,
    maxLlmInFlight: inFlightSeries(events).reduce((max, p) => Math.max(max, p.count), 0),
    retries,
    errors: events.filter((e) => e.status === "error").sort(compareStart),
    cancelled,
    running,
  };
}
