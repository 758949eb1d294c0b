// What one trace event is: an LLM call, a Python call, a sub-sandbox, a recursive child, a
// checkpoint, an unsafe crossing, or the run that contains them (scaffold.md, "Trace").

export const TRACE_KINDS = ["run", "llm", "python", "sub-sandbox", "recursive", "checkpoint", "unsafe"] as const;
export type TraceKind = (typeof TRACE_KINDS)[number];

export const TRACE_STATUSES = ["running", "ok", "error", "cancelled"] as const;
export type TraceStatus = (typeof TRACE_STATUSES)[number];

export interface TraceTokens {
  prompt: number;
  completion: number;
  total: number;
}

export interface TracePrompt {
  instruction?: string;
  data?: string;
  images?: number;
}

export interface TraceEvent {
  /** "e1", "e2", ... in the order events began; unique within a session (a reset does not restart them). */
  id: string;
  parentId: string | null;
  /** Sandbox depth: 0 the root, 1 a sub-sandbox or recursive child, ... */
  depth: number;
  kind: TraceKind;
  /** e.g. "llm-query", "map-async item 3", the run's source name. */
  name?: string;
  /** Epoch milliseconds. */
  start: number;
  end?: number;
  model?: string;
  prompt?: TracePrompt;
  response?: string;
  /** Tokens this event itself spent (never a roll-up of its children: summaries add subtrees up). */
  tokens?: TraceTokens;
  /** USD; null when the model has no price. */
  costUsd?: number | null;
  retries?: number;
  status: TraceStatus;
  error?: string;
  /** e.g. "added a JSON instruction", "replayed from cassette", "response truncated to ...". */
  notes?: string[];
}

export type TraceNode = TraceEvent & { children: TraceNode[] };

/**
 * A copy of `e` with its fields in one fixed order and no undefined members, so that JSON lines
 * read the same whatever order the fields were set in, and so that no caller shares our mutable
 * record.
 */
export function canonicalEvent(e: TraceEvent): TraceEvent {
  // Assigned member by member (not spread) so the key order is the one documented.
  const ordered = { id: e.id, parentId: e.parentId, depth: e.depth, kind: e.kind } as TraceEvent;
  if (e.name !== undefined) ordered.name = e.name;
  ordered.start = e.start;
  if (e.end !== undefined) ordered.end = e.end;
  if (e.model !== undefined) ordered.model = e.model;
  if (e.prompt !== undefined) ordered.prompt = { ...e.prompt };
  if (e.response !== undefined) ordered.response = e.response;
  if (e.tokens !== undefined) ordered.tokens = { ...e.tokens };
  if (e.costUsd !== undefined) ordered.costUsd = e.costUsd;
  if (e.retries !== undefined) ordered.retries = e.retries;
  ordered.status = e.status;
  if (e.error !== undefined) ordered.error = e.error;
  if (e.notes !== undefined) ordered.notes = [...e.notes];
  return ordered;
}

/** The sequence number of an id of the form "e12", for ordering events that started in the same millisecond. */
export function idSequence(id: string): number {
  const m = /^e(\d+)$/.exec(id);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

/** Start order: by start time, then by id sequence (ids are handed out in begin order). */
export function compareStart(a: TraceEvent, b: TraceEvent): number {
  return a.start - b.start || idSequence(a.id) - idSequence(b.id);
}
