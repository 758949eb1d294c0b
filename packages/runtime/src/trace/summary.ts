// The text summary of a trace for a terminal (`rlms trace FILE`): totals first, then errors,
// then the call tree with long sibling lists and very long trees elided.

import { preview } from "../llm/request.js";
import type { TraceEvent, TraceKind, TraceNode } from "./event.js";
import { alignColumns, eventDuration, formatCost, formatCount, formatDuration, formatTokens, plural } from "./format.js";
import { emptyUsage, addEventUsage, subtreeUsage, traceStats, type UsageSum } from "./stats.js";
import { buildTraceTree, walkTree } from "./tree.js";

export interface SummaryOptions {
  /** A node with more children shows the first ones and the last two, and one line for the rest. Default 12. */
  maxChildren?: number;
  /** Lines of the call tree at most; the rest is counted in one line. Default 200. */
  maxTreeLines?: number;
  /** Errors listed at most. Default 20. */
  maxErrors?: number;
}

const SHOWN_AT_END = 2;
/** Lines of one error message kept: the head says what failed, the tail of a traceback says why. */
const ERROR_HEAD_LINES = 4;
const ERROR_TAIL_LINES = 5;

export function summarizeTrace(events: readonly TraceEvent[], options: SummaryOptions = {}): string {
  const { maxChildren = 12, maxTreeLines = 200, maxErrors = 20 } = options;
  if (events.length === 0) return "trace: no events";
  const stats = traceStats(events);
  const out: string[] = [];
  out.push(`trace: ${plural(stats.events, "event")}, started ${new Date(stats.firstStart!).toISOString()}, wall time ${formatDuration(stats.wallMs)}`);
  out.push(`events: ${stats.byKind.map(({ kind, count }) => `${kind} ${formatCount(count)}`).join(", ")}`);
  out.push(`status: ${statusCounts(events)}`);
  out.push(`LLM calls in flight: at most ${stats.maxLlmInFlight}`);
  if (stats.retries > 0) out.push(`retries: ${formatCount(stats.retries)}`);
  if (stats.models.length > 0) {
    out.push("tokens and cost:");
    const row = (name: string, u: UsageSum) => [name, plural(u.calls, "call"), formatTokens(u), formatCost(u)];
    const rows = stats.models.map((m) => row(m.model, m));
    if (stats.models.length > 1) rows.push(row("total", stats.total));
    out.push(...alignColumns(rows).map((l) => `  ${l}`));
  }
  if (stats.errors.length > 0) {
    out.push(`errors (${formatCount(stats.errors.length)}):`);
    for (const e of stats.errors.slice(0, maxErrors)) out.push(...errorLines(e));
    if (stats.errors.length > maxErrors) out.push(`  … ${plural(stats.errors.length - maxErrors, "more error")}`);
  }
  out.push("call tree:");
  out.push(...treeLines(buildTraceTree(events), events.length, maxChildren, maxTreeLines));
  return out.join("\n");
}

function statusCounts(events: readonly TraceEvent[]): string {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  return ["ok", "error", "cancelled", "running"].flatMap((s) => (counts.has(s) ? [`${s} ${formatCount(counts.get(s)!)}`] : [])).join(", ");
}

/** What an event is, in one line: id, kind, name, model. */
function eventLabel(e: TraceEvent): string {
  return [e.id, e.kind, e.name === undefined ? undefined : preview(e.name, 60), e.model].filter((p) => p !== undefined).join(" ");
}

function errorLines(e: TraceEvent): string[] {
  const lines = (e.error ?? "(no message)").split("\n");
  const kept =
    lines.length <= ERROR_HEAD_LINES + ERROR_TAIL_LINES + 1
      ? lines
      : [...lines.slice(0, ERROR_HEAD_LINES), `… (${lines.length - ERROR_HEAD_LINES - ERROR_TAIL_LINES} lines)`, ...lines.slice(-ERROR_TAIL_LINES)];
  const depth = e.depth > 0 ? ` at depth ${e.depth}` : "";
  return [`  ${eventLabel(e)}${depth}: ${kept[0]}`, ...kept.slice(1).map((l) => `      ${l}`)];
}

function nodeLine(node: TraceNode): string {
  const parts = [eventLabel(node), eventDuration(node)];
  if (node.tokens !== undefined) parts.push(plural(node.tokens.total, "token"));
  parts.push(node.status);
  if (node.retries) parts.push(plural(node.retries, "retry", "retries"));
  if (node.children.length > 0) {
    const sub = subtreeUsage(node);
    if (sub.totalTokens > 0 || sub.costUsd > 0) parts.push(`[subtree ${plural(sub.totalTokens, "token")}, ${formatCost(sub)}]`);
  }
  return parts.join("  ");
}

/** "… 95 events not shown (93 llm, 2 python; 9,300 tokens; 2 errors)" for hidden subtrees. */
function hiddenLine(hidden: readonly TraceNode[]): { line: string; count: number } {
  const kinds = new Map<TraceKind, number>();
  const usage = emptyUsage();
  let count = 0;
  let errors = 0;
  for (const n of walkTree(hidden)) {
    count += 1;
    kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
    addEventUsage(usage, n);
    if (n.status === "error") errors += 1;
  }
  const details = [[...kinds].map(([k, c]) => `${formatCount(c)} ${k}`).join(", ")];
  if (usage.totalTokens > 0) details.push(plural(usage.totalTokens, "token"));
  if (errors > 0) details.push(plural(errors, "error"));
  return { line: `… ${plural(count, "event")} not shown (${details.join("; ")})`, count };
}

function treeLines(roots: TraceNode[], total: number, maxChildren: number, maxLines: number): string[] {
  const lines: string[] = [];
  let accounted = 0; // events printed or counted in a "not shown" line
  const visit = (nodes: readonly TraceNode[], indent: string): boolean => {
    const elide = nodes.length > maxChildren;
    const head = elide ? nodes.slice(0, Math.max(1, maxChildren - SHOWN_AT_END - 1)) : nodes;
    const tail = elide ? nodes.slice(nodes.length - SHOWN_AT_END) : [];
    const middle = elide ? nodes.slice(head.length, nodes.length - SHOWN_AT_END) : [];
    const show = (group: readonly TraceNode[]): boolean => {
      for (const node of group) {
        if (lines.length >= maxLines) return false;
        lines.push(`${indent}${nodeLine(node)}`);
        accounted += 1;
        if (!visit(node.children, `${indent}  `)) return false;
      }
      return true;
    };
    if (!show(head)) return false;
    if (middle.length > 0) {
      if (lines.length >= maxLines) return false;
      const hidden = hiddenLine(middle);
      lines.push(`${indent}${hidden.line}`);
      accounted += hidden.count;
    }
    return show(tail);
  };
  const indentRoot = "  ";
  if (!visit(roots, indentRoot)) lines.push(`${indentRoot}… ${plural(total - accounted, "more event")} not shown`);
  return lines;
}
