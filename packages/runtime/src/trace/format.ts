// Numbers, times and usage as the trace summary and page print them. Locale-independent on
// purpose: the output is compared in tests and read in logs.

import { usd } from "../llm/budget.js";
import type { TraceEvent } from "./event.js";
import type { UsageSum } from "./stats.js";

/** 1234567 → "1,234,567". */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** 850 → "850 ms", 2345 → "2.35 s", 125000 → "2 min 05 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

export function eventDuration(e: TraceEvent): string {
  return e.end === undefined ? "not ended" : formatDuration(e.end - e.start);
}

/** "480 tokens (420 prompt + 60 completion)". */
export function formatTokens(u: UsageSum): string {
  return `${plural(u.totalTokens, "token")} (${formatCount(u.promptTokens)} prompt + ${formatCount(u.completionTokens)} completion)`;
}

/** "$0.00009", "price unknown" when nothing spent had a price, "$0.00009 + 1 unpriced call" when some did. */
export function formatCost(u: UsageSum): string {
  if (u.unpricedCalls === 0) return usd(u.costUsd);
  if (u.costUsd === 0) return "price unknown";
  return `${usd(u.costUsd)} + ${plural(u.unpricedCalls, "unpriced call")}`;
}

/** Pads cells so columns line up; `right` lists the columns aligned right (numbers). */
export function alignColumns(rows: readonly string[][], right: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (right.has(i) ? cell.padStart(widths[i]!) : i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  "),
  );
}
