// The execution trace: events for LLM calls, Python calls, sub-sandboxes, recursive children,
// checkpoints and unsafe crossings; JSON-lines files; text and HTML summaries.

export { TRACE_KINDS, TRACE_STATUSES, type TraceKind, type TraceStatus, type TraceEvent, type TraceNode, type TraceTokens, type TracePrompt } from "./event.js";
export { Trace, type TraceOptions, type TraceSpan, type TraceListener, type BeginFields, type EndFields } from "./trace.js";
export { readTraceFile, parseTraceLines, TraceFileError } from "./trace-file.js";
export { buildTraceTree } from "./tree.js";
export { traceStats, subtreeUsage, inFlightSeries, type TraceStats, type UsageSum, type ModelUsage, type InFlightPoint } from "./stats.js";
export { summarizeTrace, type SummaryOptions } from "./summary.js";
export { renderTraceHtml, escapeHtml } from "./html.js";
