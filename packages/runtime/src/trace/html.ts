// A trace as one self-contained HTML page (`rlms trace FILE --html OUT`): usage per model, a
// timeline of language-model calls in flight (inline SVG), errors, and the call tree.
//
// No script, no external resource, no network: the tree folds with <details>, prompts and
// responses open on click the same way, and every piece of trace text goes through escapeHtml,
// so a prompt holding markup (`</script><script>...`) shows as text and cannot run.

import { usd } from "../llm/budget.js";
import type { TraceEvent, TraceNode } from "./event.js";
import { eventDuration, formatCost, formatCount, formatDuration, formatTokens, plural } from "./format.js";
import { emptyUsage, inFlightSeries, subtreeUsage, traceHorizon, traceStats, type TraceStats } from "./stats.js";
import { buildTraceTree } from "./tree.js";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderTraceHtml(events: readonly TraceEvent[]): string {
  const stats = traceStats(events);
  const sections =
    events.length === 0
      ? [`<p>No events.</p>`]
      : [overview(stats), usageTable(stats), timeline(events, stats), errorList(stats), callTree(events, stats.firstStart!)];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>rlms trace: ${escapeHtml(plural(stats.events, "event"))}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>Execution trace</h1>
${sections.filter((s) => s !== "").join("\n")}
</body>
</html>
`;
}

const STYLE = `body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #1d1d1f; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.6em; }
table { border-collapse: collapse; } th, td { padding: 0.2em 0.8em; text-align: left; border-bottom: 1px solid #ddd; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
ul.tree, ul.tree ul { list-style: none; padding-left: 1.3em; margin: 0; }
ul.tree { padding-left: 0; }
summary { cursor: pointer; }
.id { color: #777; } .kind { font-weight: 600; } .model { color: #35579a; }
.dur, .tok, .cost, .sub { color: #555; margin-left: 0.6em; font-variant-numeric: tabular-nums; }
.status { margin-left: 0.6em; padding: 0 0.4em; border-radius: 3px; background: #e3f1e3; }
.status-error > details > summary .status { background: #f7d4d4; color: #8a1010; }
.status-cancelled > details > summary .status { background: #e8e8e8; }
.status-running > details > summary .status { background: #fbeccc; }
.body { margin: 0.3em 0 0.5em 1.2em; }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0 1em; margin: 0.2em 0; color: #444; }
dl.facts dd { margin: 0; }
pre { white-space: pre-wrap; word-break: break-word; max-height: 32em; overflow: auto; background: #f6f6f6; padding: 0.5em; margin: 0.2em 0; }
pre.error { background: #fbeaea; }
svg text { font-size: 11px; fill: #555; }
a { color: #35579a; }`;

function overview(stats: TraceStats): string {
  const parts = [
    plural(stats.events, "event"),
    `started ${new Date(stats.firstStart!).toISOString()}`,
    `wall time ${formatDuration(stats.wallMs)}`,
    `at most ${plural(stats.maxLlmInFlight, "LLM call")} in flight`,
    plural(stats.errors.length, "error"),
  ];
  if (stats.retries > 0) parts.push(plural(stats.retries, "retry", "retries"));
  const kinds = stats.byKind.map(({ kind, count }) => `${kind} ${formatCount(count)}`).join(", ");
  return `<p>${parts.map(escapeHtml).join(" · ")}</p>\n<p>Events by kind: ${escapeHtml(kinds)}</p>`;
}

function usageTable(stats: TraceStats): string {
  if (stats.models.length === 0) return "";
  const row = (name: string, u: TraceStats["total"], tag = "td") =>
    `<tr><${tag}>${escapeHtml(name)}</${tag}><td class="num">${formatCount(u.calls)}</td><td class="num">${formatCount(u.promptTokens)}</td>` +
    `<td class="num">${formatCount(u.completionTokens)}</td><td class="num">${formatCount(u.totalTokens)}</td><td>${escapeHtml(formatCost(u))}</td></tr>`;
  const rows = stats.models.map((m) => row(m.model, m));
  if (stats.models.length > 1) rows.push(row("total", stats.total, "th"));
  return `<h2>Tokens and cost per model</h2>
<table>
<thead><tr><th>model</th><th>calls</th><th>prompt</th><th>completion</th><th>total tokens</th><th>cost</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}

const SVG = { width: 900, height: 180, left: 44, right: 16, top: 12, bottom: 26 };

/** A step chart of LLM calls in flight against time since the trace began. */
function timeline(events: readonly TraceEvent[], stats: TraceStats): string {
  const series = inFlightSeries(events);
  if (series.length === 0) return `<h2>LLM calls in flight</h2>\n<p>No language-model calls.</p>`;
  const t0 = stats.firstStart!;
  const span = Math.max(1, (traceHorizon(events) ?? t0) - t0);
  const max = Math.max(1, stats.maxLlmInFlight);
  const plotW = SVG.width - SVG.left - SVG.right;
  const plotH = SVG.height - SVG.top - SVG.bottom;
  const x = (t: number) => (SVG.left + ((t - t0) / span) * plotW).toFixed(1);
  const y = (n: number) => (SVG.top + plotH - (n / max) * plotH).toFixed(1);
  let path = `M${x(t0)},${y(0)}`;
  for (const p of series) path += ` H${x(p.time)} V${y(p.count)}`;
  path += ` H${x(t0 + span)} V${y(0)} Z`;
  const gridCounts = max <= 10 ? Array.from({ length: max }, (_, i) => i + 1) : [Math.round(max / 2), max];
  const grid = gridCounts
    .map((n) => `<line x1="${SVG.left}" x2="${SVG.width - SVG.right}" y1="${y(n)}" y2="${y(n)}" stroke="#e4e4e4"/><text x="${SVG.left - 6}" y="${y(n)}" text-anchor="end" dominant-baseline="middle">${n}</text>`)
    .join("\n");
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map((f) => `<text x="${x(t0 + f * span)}" y="${SVG.height - 8}" text-anchor="middle">${escapeHtml(formatDuration(f * span))}</text>`)
    .join("\n");
  const label = `Language-model calls in flight over ${formatDuration(span)}, at most ${max}`;
  return `<h2>LLM calls in flight</h2>
<svg viewBox="0 0 ${SVG.width} ${SVG.height}" width="100%" style="max-width: ${SVG.width}px" role="img" aria-label="${escapeHtml(label)}">
${grid}
<text x="${SVG.left - 6}" y="${y(0)}" text-anchor="end" dominant-baseline="middle">0</text>
<path d="${path}" fill="#9db7e6" fill-opacity="0.55" stroke="#35579a" stroke-width="1.2"/>
<line x1="${SVG.left}" x2="${SVG.width - SVG.right}" y1="${y(0)}" y2="${y(0)}" stroke="#888"/>
${ticks}
</svg>`;
}

function errorList(stats: TraceStats): string {
  if (stats.errors.length === 0) return "";
  const items = stats.errors.map(
    (e) => `<li><a href="#ev-${escapeHtml(e.id)}">${escapeHtml(e.id)}</a> ${escapeHtml(label(e))}: <pre class="error">${escapeHtml(e.error ?? "(no message)")}</pre></li>`,
  );
  return `<h2>Errors (${formatCount(stats.errors.length)})</h2>\n<ul>\n${items.join("\n")}\n</ul>`;
}

function label(e: TraceEvent): string {
  return [e.kind, e.name, e.model].filter((p) => p !== undefined).join(" ");
}

function callTree(events: readonly TraceEvent[], t0: number): string {
  const roots = buildTraceTree(events);
  return `<h2>Call tree</h2>
<p>Click an event to show its details, prompt and response. Events with children list what their subtree spent.</p>
<ul class="tree">
${roots.map((r) => treeNode(r, t0)).join("\n")}
</ul>`;
}

// Recursion follows the nesting of calls (a few levels: runs, sub-sandboxes, recursive children).
function treeNode(node: TraceNode, t0: number): string {
  const span = (cls: string, text: string) => `<span class="${cls}">${escapeHtml(text)}</span>`;
  const head = [span("id", node.id), span("kind", node.kind)];
  if (node.name !== undefined) head.push(span("name", node.name));
  if (node.model !== undefined) head.push(span("model", node.model));
  head.push(span("dur", eventDuration(node)));
  if (node.tokens !== undefined) head.push(span("tok", plural(node.tokens.total, "token")));
  if (node.costUsd !== undefined) head.push(span("cost", node.costUsd === null ? "price unknown" : usd(node.costUsd)));
  head.push(span("status", node.status));
  if (node.children.length > 0) {
    const sub = subtreeUsage(node);
    head.push(span("sub", `subtree: ${plural(sub.calls, "LLM call")}, ${plural(sub.totalTokens, "token")}, ${formatCost(sub)}`));
  }
  const children = node.children.length > 0 ? `\n<ul>\n${node.children.map((c) => treeNode(c, t0)).join("\n")}\n</ul>` : "";
  return `<li id="ev-${escapeHtml(node.id)}" class="status-${escapeHtml(node.status)}"><details${node.children.length > 0 ? " open" : ""}>
<summary>${head.join(" ")}</summary>
<div class="body">
${facts(node, t0)}${texts(node)}</div>${children}
</details></li>`;
}

function facts(e: TraceEvent, t0: number): string {
  const rows: Array<[string, string]> = [
    ["parent", e.parentId ?? "none"],
    ["depth", String(e.depth)],
    ["start", `+${formatDuration(e.start - t0)} (${new Date(e.start).toISOString()})`],
  ];
  if (e.end !== undefined) rows.push(["end", `+${formatDuration(e.end - t0)}`]);
  if (e.tokens !== undefined) {
    rows.push(["tokens", formatTokens({ ...emptyUsage(), promptTokens: e.tokens.prompt, completionTokens: e.tokens.completion, totalTokens: e.tokens.total })]);
  }
  if (e.retries !== undefined) rows.push(["retries", String(e.retries)]);
  if (e.prompt?.images !== undefined) rows.push(["images", String(e.prompt.images)]);
  for (const note of e.notes ?? []) rows.push(["note", note]);
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl>\n`;
}

/** Prompt parts, response and error, each folded until clicked (they can be very long). */
function texts(e: TraceEvent): string {
  const fold = (title: string, text: string, cls = "") =>
    `<details><summary>${escapeHtml(title)} (${plural(text.length, "character")})</summary><pre${cls ? ` class="${cls}"` : ""}>${escapeHtml(text)}</pre></details>\n`;
  let out = "";
  if (e.prompt?.instruction !== undefined) out += fold("instruction", e.prompt.instruction);
  if (e.prompt?.data !== undefined) out += fold("data", e.prompt.data);
  if (e.response !== undefined) out += fold("response", e.response);
  if (e.error !== undefined) out += fold("error", e.error, "error");
  return out;
}
