// A session's execution trace: spans begun and ended by the scaffold, kept in memory, offered to
// listeners, and written to a JSON-lines file as each one ends.

import {
  TRACE_KINDS,
  TRACE_STATUSES,
  canonicalEvent,
  type TraceEvent,
  type TraceKind,
  type TraceNode,
  type TracePrompt,
  type TraceStatus,
  type TraceTokens,
} from "./event.js";
import { TraceFileWriter } from "./trace-file.js";
import { buildTraceTree } from "./tree.js";

export interface TraceOptions {
  /** Characters of each prompt part and of the response kept; default: everything. */
  truncateAt?: number;
  /** JSON-lines file, started afresh; one line per event, written when the event ends. */
  file?: string;
  /** Epoch milliseconds; default a monotonic clock (tests pass a fake one). */
  clock?: () => number;
}

export interface BeginFields {
  parentId: string | null;
  depth: number;
  name?: string;
  model?: string;
  prompt?: TracePrompt;
}

export interface EndFields {
  status: Exclude<TraceStatus, "running">;
  response?: string;
  tokens?: TraceTokens;
  costUsd?: number | null;
  retries?: number;
  error?: string;
  /** The model that answered, when it differs from the one asked for. */
  model?: string;
}

export interface TraceSpan {
  readonly id: string;
  note(text: string): void;
  end(fields: EndFields): void;
}

export type TraceListener = (event: TraceEvent, phase: "begin" | "end") => void;

/**
 * `Date.now()` can jump back when the system clock is set; `timeOrigin + performance.now()` is
 * epoch time that only moves forward, so an event never ends before it starts. Rounded to whole
 * milliseconds (rounding keeps the order).
 */
const monotonicEpochMs = (): number => Math.round(performance.timeOrigin + performance.now());

export class Trace {
  readonly file: string | undefined;
  private readonly truncateAt: number | undefined;
  private readonly clock: () => number;
  private readonly writer: TraceFileWriter | undefined;
  /** In begin order, which is start order. */
  private records: TraceEvent[] = [];
  private readonly open = new Set<TraceEvent>();
  /** Spans the trace itself ended (close, clear): a late end() from the call is then ignored. */
  private readonly endedByTrace = new WeakSet<TraceEvent>();
  private readonly listeners = new Set<TraceListener>();
  private nextId = 1;
  private closed = false;

  constructor(options: TraceOptions = {}) {
    const { truncateAt, file, clock } = options;
    if (truncateAt !== undefined && !(Number.isInteger(truncateAt) && truncateAt >= 0)) {
      throw new RangeError(`trace: truncateAt must be a non-negative integer (characters kept), got ${truncateAt}`);
    }
    this.truncateAt = truncateAt;
    this.clock = clock ?? monotonicEpochMs;
    this.file = file;
    this.writer = file === undefined ? undefined : new TraceFileWriter(file);
  }

  begin(kind: TraceKind, fields: BeginFields): TraceSpan {
    if (this.closed) throw new Error(`trace: cannot begin a ${kind} event: the trace is closed`);
    if (!TRACE_KINDS.includes(kind)) throw new TypeError(`trace: unknown event kind ${JSON.stringify(kind)} (expected one of ${TRACE_KINDS.join(", ")})`);
    if (!(Number.isInteger(fields.depth) && fields.depth >= 0)) throw new TypeError(`trace: depth must be a non-negative integer, got ${fields.depth}`);
    const event: TraceEvent = {
      id: `e${this.nextId++}`,
      parentId: fields.parentId,
      depth: fields.depth,
      kind,
      start: this.clock(),
      status: "running",
    };
    if (fields.name !== undefined) event.name = fields.name;
    if (fields.model !== undefined) event.model = fields.model;
    if (fields.prompt !== undefined) {
      const prompt: TracePrompt = {};
      if (fields.prompt.instruction !== undefined) prompt.instruction = this.truncate(event, "instruction", fields.prompt.instruction);
      if (fields.prompt.data !== undefined) prompt.data = this.truncate(event, "data", fields.prompt.data);
      if (fields.prompt.images !== undefined) prompt.images = fields.prompt.images;
      event.prompt = prompt;
    }
    this.records.push(event);
    this.open.add(event);
    this.emit(event, "begin");
    return {
      id: event.id,
      note: (text) => {
        if (this.isSettled(event, "note on")) return;
        (event.notes ??= []).push(text);
      },
      end: (end) => {
        if (this.isSettled(event, "end")) return;
        this.finish(event, end);
      },
    };
  }

  /** Snapshots in start order, running events included. */
  events(): readonly TraceEvent[] {
    return this.records.map(canonicalEvent);
  }

  tree(): TraceNode[] {
    return buildTraceTree(this.events());
  }

  /** `listener` sees a snapshot of each event when it begins and when it ends. Returns the unsubscribe function. */
  on(listener: TraceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A session reset: events still open end as cancelled (written to the file), then the memory
   * is emptied. Ids keep counting, so they stay unique in the session's file across resets.
   */
  clear(): void {
    this.cancelOpen("still running when the session was reset");
    this.records = [];
  }

  /** Open spans end as cancelled and are written; later begin() calls are refused. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.cancelOpen("still running when the trace was closed");
  }

  private cancelOpen(why: string): void {
    for (const event of [...this.open]) {
      this.endedByTrace.add(event);
      (event.notes ??= []).push(why);
      this.finish(event, { status: "cancelled" });
    }
  }

  /**
   * True when the span has already ended and the call should be ignored: the trace ended it
   * (close/clear raced with the call finishing). A second end() or a note after end() by the
   * caller is a bug in the caller, reported at once.
   */
  private isSettled(event: TraceEvent, what: string): boolean {
    if (event.status === "running") return false;
    if (this.endedByTrace.has(event)) return true;
    throw new Error(`trace: ${what} span ${event.id} (${event.kind}${event.name ? ` ${event.name}` : ""}) after it ended`);
  }

  private finish(event: TraceEvent, end: EndFields): void {
    const status: string = end.status; // checked at run time too: callers may be untyped
    if (!(TRACE_STATUSES as readonly string[]).includes(status) || status === "running") {
      throw new TypeError(`trace: a span ends with status ok, error or cancelled, got ${JSON.stringify(end.status)}`);
    }
    event.end = this.clock();
    event.status = end.status;
    if (end.model !== undefined) event.model = end.model;
    if (end.response !== undefined) event.response = this.truncate(event, "response", end.response);
    if (end.tokens !== undefined) event.tokens = { prompt: end.tokens.prompt, completion: end.tokens.completion, total: end.tokens.total };
    if (end.costUsd !== undefined) event.costUsd = end.costUsd;
    if (end.retries !== undefined) event.retries = end.retries;
    if (end.error !== undefined) event.error = end.error;
    this.open.delete(event);
    try {
      this.writer?.append(event);
    } finally {
      this.emit(event, "end");
    }
  }

  /** Keeps the first `truncateAt` characters (never half of a surrogate pair) and notes the cut. */
  private truncate(event: TraceEvent, part: string, text: string): string {
    const max = this.truncateAt;
    if (max === undefined || text.length <= max) return text;
    const cut = max > 0 && isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
    (event.notes ??= []).push(`${part} truncated to ${cut} of ${text.length} characters`);
    return text.slice(0, cut);
  }

  /**
   * Listeners are host code (progress lines, MCP notifications). One that throws must not break
   * the sandbox operation that ended the span, nor keep the other listeners from hearing it: its
   * error becomes a process warning (printed on stderr).
   */
  private emit(event: TraceEvent, phase: "begin" | "end"): void {
    if (this.listeners.size === 0) return;
    for (const listener of [...this.listeners]) {
      try {
        listener(canonicalEvent(event), phase);
      } catch (error) {
        process.emitWarning(`a trace listener failed on ${phase} of ${event.id}: ${(error as Error)?.message ?? String(error)}`, "TraceListenerWarning");
      }
    }
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
