// A session: one root sandbox (top-level definitions, contexts), the token ledger, the budgets,
// the trace. Runs execute one at a time; definitions persist from one run to the next until
// `reset`. Every surface (CLI, REPL, MCP server, embedding programs) works through this object.

import { EventEmitter } from "node:events";
import { closeSync, openSync } from "node:fs";
import { display, syntaxToDatum, VOID } from "@rlms/reader";
import { EMPTY_DYNAMIC_STATE, MultipleValues, type Evaluator, type GlobalCell, type RunResult as EvaluatorResult } from "@rlms/evaluator";
import { OutputPort, createEvaluator, currentErrorPort, currentOutputPort, scaffold } from "@rlms/primitives";
// The llm modules one by one, not llm/index.js: the OpenAI client (the `openai` package) is loaded
// only when a live call is made, which keeps it out of the start-up of runs that make none.
import { BudgetScope } from "../llm/budget.js";
import { RecordingProvider, ReplayProvider } from "../llm/cassette.js";
import { ConcurrencyLimiter, limitConcurrency } from "../llm/concurrency.js";
import { Ledger } from "../llm/ledger.js";
import type { Provider } from "../llm/types.js";
import type { RetryPolicy } from "../llm/retry-policy.js";
import type { Transport } from "../llm/openai-provider.js";
import { Trace } from "../trace/trace.js";
import type { TraceEvent } from "../trace/event.js";
import { errorReport, type ErrorReport } from "./error-report.js";
import { LlmHost, emptyRunUsage, type CallProgress, type RunUsage } from "./llm-host.js";
import { fromJson, toJson } from "./values.js";

export interface SessionOptions {
  llm?: {
    /** An OpenAI-compatible endpoint; default OPENAI_BASE_URL, then OpenAI's. */
    baseURL?: string;
    /** Default OPENAI_API_KEY. */
    apiKey?: string;
    /** The model of calls that name none (default "gpt-4o-mini"). */
    model?: string;
    /** A provider of your own (tests, other transports); baseURL/apiKey/record are then unused. */
    provider?: Provider;
    /** Write every call to this cassette (JSON lines). */
    record?: string;
    /** Answer every call from this cassette; a request not in it is an error. */
    replay?: string;
    /**
     * How live calls are retried (maxRetries, baseDelayMs, maxDelayMs, retryAfterCapMs); unset
     * fields keep the defaults (5 retries, back-off from 500 ms up to 20 s, Retry-After up to 60 s).
     */
    retry?: Partial<RetryPolicy>;
    /** What carries live calls: "node-http" (default) or "fetch" (Node's global fetch); see OpenAIProvider. */
    transport?: Transport;
  };
  /** Host-kept limits: sandbox code can neither see nor change them. */
  limits?: {
    /** Per run (default: none). */
    timeoutMs?: number;
    /** Machine steps per run (default: none). */
    maxSteps?: number;
    /** Session budget in tokens and in USD (default: none). */
    maxTokens?: number;
    maxCostUsd?: number;
    /** Requests in flight across the whole session (default 16). */
    maxConcurrency?: number;
  };
  /**
   * Record a trace (default true); `file` also writes it as JSON lines. With false, the events of
   * a run are kept only while it runs (so `trace()` still gives the ids for `cancel(callId)`) and
   * dropped when it ends: a long session keeps no history.
   */
  trace?: boolean | { file?: string; truncateAt?: number };
  /** The only directory `#:image` file names may come from (default: none; data URLs and base64 always work). */
  imageDir?: string;
  /**
   * What the root sandbox may do (default all: "llm", "finish", "unsafe"). Without one, its
   * bindings stay (protected) but refuse with the reason, e.g. no escape hatches for untrusted plans.
   */
  capabilities?: readonly scaffold.Capability[];
}

export type RunStatus = "finished" | "ok" | "error" | "cancelled" | "timeout";

export interface RunResult {
  readonly status: RunStatus;
  /** The value (finish's, or the last form's) as JSON-able data; null when there is none. */
  readonly value: unknown;
  /**
   * The value in display form ("" for void). Syntax objects show the datum they wrap, as in
   * `value`: `(finish (llm-query ...))` displays the model's text, not `#<syntax "...">`.
   */
  readonly display: string;
  /** Everything the run printed, whatever its status. */
  readonly stdout: string;
  readonly error: (ErrorReport & { readonly callFailure?: { kind: string; status?: number } }) | null;
  readonly usage: Readonly<RunUsage> & { readonly elapsedMs: number };
}

export interface ExecuteOptions {
  /** Aborting it cancels the run and every call it has in flight. */
  signal?: AbortSignal;
  /** This run's time limit (default: the session's). */
  timeoutMs?: number;
  /** File name for error locations (default "code"). */
  source?: string;
  /** Called with output as it is printed (the run result has all of it too). */
  onOutput?: (text: string) => void;
  /** Called with what the run writes to current-error-port (default: kept in the output). */
  onErrorOutput?: (text: string) => void;
  /** Called with the run's value as a Scheme value (a REPL prints it in `print` form). */
  onValue?: (value: unknown) => void;
}

export interface SessionStatus {
  readonly running: boolean;
  readonly callsInFlight: number;
  readonly usage: ReturnType<Ledger["byModel"]>;
  readonly totals: Ledger["totals"];
}

export interface SessionState {
  /** Top-level names the session's code has defined, with a short description of each value. */
  readonly definitions: ReadonlyArray<{ name: string; value: string }>;
  readonly context: string | null;
  readonly contexts: ReadonlyArray<{ name: string; value: string }>;
}

const DEFAULT_MODEL = "gpt-4o-mini";
const DEFAULT_MAX_CONCURRENCY = 16;

export class Session {
  private evaluator!: Evaluator;
  private contextCell!: GlobalCell;
  private readonly host: LlmHost;
  private readonly ledger = new Ledger();
  private readonly traceLog: Trace;
  /** `trace: false`: forget each run's events when it ends. */
  private readonly keepTrace: boolean;
  private readonly events = new EventEmitter();
  /** Runs are serialised: a second execute waits for the first. */
  private queue: Promise<unknown> = Promise.resolve();
  private current: AbortController | undefined;
  private closed = false;

  constructor(private readonly options: SessionOptions = {}) {
    const traceOption = options.trace ?? true;
    this.keepTrace = traceOption !== false;
    this.traceLog = new Trace(typeof traceOption === "object" ? traceOption : {});
    const limits = options.limits ?? {};
    const limiter = new ConcurrencyLimiter(limits.maxConcurrency ?? DEFAULT_MAX_CONCURRENCY);
    // A cassette to replay is read now, so a missing file or a bad line is reported before anything
    // runs; a live provider is made on the first call (a run without calls needs no key or server).
    const replay = options.llm?.replay !== undefined ? new ReplayProvider(options.llm.replay) : undefined;
    // Likewise a cassette to record must be creatable (the recorder starts it afresh anyway).
    if (options.llm?.record !== undefined) startFile(options.llm.record);
    this.host = new LlmHost({
      provider: async () => limitConcurrency(replay ?? (await this.liveProvider()), limiter),
      defaultModel: options.llm?.model ?? DEFAULT_MODEL,
      root: new BudgetScope({ maxTokens: limits.maxTokens ?? null, maxCostUsd: limits.maxCostUsd ?? null }),
      ledger: this.ledger,
      trace: this.traceLog,
      imageDir: options.imageDir,
      progress: (p) => this.emitProgress(p),
    });
    this.makeSandbox();
  }

  /** The root sandbox: the library, the scaffold (protected) and the contexts loaded so far. */
  private makeSandbox(): void {
    this.evaluator = createEvaluator();
    const capabilities = this.options.capabilities === undefined ? scaffold.ALL_CAPABILITIES : new Set(this.options.capabilities);
    this.contextCell = scaffold.installScaffold(this.evaluator, this.host, capabilities).context;
  }

  private async liveProvider(): Promise<Provider> {
    const llm = this.options.llm ?? {};
    if (llm.provider !== undefined) return llm.provider;
    const { OpenAIProvider } = await import("../llm/openai-provider.js");
    const live = new OpenAIProvider({ baseURL: llm.baseURL, apiKey: llm.apiKey, retry: llm.retry, transport: llm.transport });
    return llm.record !== undefined ? new RecordingProvider(live, llm.record) : live;
  }

  /** Reads all forms (a read error runs nothing), then evaluates them in order. */
  execute(code: string, options: ExecuteOptions = {}): Promise<RunResult> {
    if (this.closed) return Promise.reject(new Error("the session is closed"));
    const run = this.queue.then(() => this.run(code, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(code: string, options: ExecuteOptions): Promise<RunResult> {
    if (this.closed) {
      const error = { message: "the session was closed before this run started", kind: "cancelled", location: null, backtrace: [] };
      return { status: "cancelled", value: null, display: "", stdout: "", error, usage: { ...emptyRunUsage(), elapsedMs: 0 } };
    }
    const started = performance.now();
    const output: string[] = [];
    const out = new OutputPort((t) => {
      output.push(t);
      options.onOutput?.(t);
    }, "stdout");
    const err = new OutputPort((t) => {
      if (options.onErrorOutput !== undefined) options.onErrorOutput(t);
      else {
        output.push(t);
        options.onOutput?.(t);
      }
    }, "stderr");
    const controller = new AbortController();
    this.current = controller;
    const stop = () => controller.abort();
    options.signal?.addEventListener("abort", stop, { once: true });
    if (options.signal?.aborted) controller.abort();
    const span = this.traceLog.begin("run", { parentId: null, depth: 0, name: options.source ?? "code" });
    this.host.beginRun(span.id);
    const timeoutMs = options.timeoutMs ?? this.options.limits?.timeoutMs;
    let r: EvaluatorResult;
    try {
      r = await this.evaluator.run(code, {
        source: options.source ?? "code",
        dynamicState: EMPTY_DYNAMIC_STATE.withParameter(currentOutputPort, out)
          .withParameter(currentErrorPort, err)
          .withParameter(scaffold.CALL_SIGNAL, controller.signal),
        deadline: timeoutMs !== undefined ? performance.now() + timeoutMs : undefined,
        maxSteps: this.options.limits?.maxSteps,
        signal: controller.signal,
      });
    } finally {
      // Whatever ended the run (finish, an error, a timeout), calls still in flight are abandoned.
      controller.abort();
      options.signal?.removeEventListener("abort", stop);
      this.current = undefined;
      this.host.runEvent = null;
    }
    if (r.status === "ok" || r.status === "finished") options.onValue?.(r.value);
    const result = this.result(r, output.join(""), performance.now() - started);
    // The trace has no "timeout" status: a run stopped by its time limit is cancelled, and its
    // error says which (the run was cancelled / exceeded its time limit).
    span.end(
      result.status === "error"
        ? { status: "error", error: result.error?.message }
        : result.status === "cancelled" || result.status === "timeout"
          ? { status: "cancelled", error: result.error?.message }
          : { status: "ok", response: result.display },
    );
    if (!this.keepTrace) this.traceLog.clear();
    return result;
  }

  private result(r: EvaluatorResult, stdout: string, elapsedMs: number): RunResult {
    const usage = { ...this.host.runUsage, elapsedMs: Math.round(elapsedMs) };
    switch (r.status) {
      case "ok":
      case "finished": {
        const v = r.value;
        return { status: r.status, value: v === VOID ? null : toJson(v), display: v === VOID ? "" : resultDisplay(v), stdout, error: null, usage };
      }
      case "error": {
        const failure = scaffold.callFailure(r.error);
        return { status: "error", value: null, display: "", stdout, error: { ...errorReport(r.error), ...(failure && { callFailure: failure }) }, usage };
      }
      case "timeout":
      case "cancelled":
        return { status: r.status, value: null, display: "", stdout, error: { message: r.message, kind: r.status, location: null, backtrace: [] }, usage };
      case "fuel":
        return { status: "error", value: null, display: "", stdout, error: { message: r.message, kind: "fuel", location: null, backtrace: [] }, usage };
    }
  }

  /**
   * Makes `data` the current `context` (and, with a name, a named one for `get-context`). Queued
   * like runs: a run in progress keeps the context it started with; the next run sees this one.
   */
  loadContext(data: unknown, options: { name?: string } = {}): Promise<void> {
    if (this.closed) return Promise.reject(new Error("the session is closed"));
    let value: unknown;
    try {
      value = typeof data === "string" ? data : fromJson(data);
    } catch (error) {
      return Promise.reject(error);
    }
    const load = this.queue.then(() => {
      this.contextCell.value = value;
      if (options.name !== undefined) this.host.contexts.set(options.name, value);
    });
    this.queue = load;
    return load;
  }

  /**
   * Forgets the session's definitions and contexts (the ledger and the trace are kept). Queued
   * like runs: a run in progress ends first, so one client's reset never breaks another's run
   * (cancel it first to stop it).
   */
  reset(): Promise<void> {
    if (this.closed) return Promise.reject(new Error("the session is closed"));
    const done = this.queue.then(() => {
      this.host.contexts.clear();
      this.makeSandbox();
    });
    this.queue = done.catch(() => undefined);
    return done;
  }

  /** Cancels one call in flight (by its trace id), or with no id the run in progress. */
  cancel(callId?: string): boolean {
    if (callId !== undefined) return this.host.cancel(callId);
    const c = this.current;
    c?.abort();
    return c !== undefined;
  }

  trace(): readonly TraceEvent[] {
    return this.traceLog.events();
  }

  status(): SessionStatus {
    return { running: this.current !== undefined, callsInFlight: this.host.callsInFlight, usage: this.ledger.byModel(), totals: this.ledger.totals };
  }

  state(): SessionState {
    const describe = (v: unknown) => {
      const text = displayValue(v);
      return text.length > 80 ? `${text.slice(0, 77)}...` : text;
    };
    return {
      definitions: this.evaluator.namespace.topLevelNames().map((name) => ({ name, value: describe(this.evaluator.namespace.lookupTopLevel(name)) })),
      context: this.contextCell.value === false ? null : describe(this.contextCell.value),
      contexts: [...this.host.contexts].map(([name, v]) => ({ name, value: describe(v) })),
    };
  }

  /**
   * Listeners are host code: one that throws must not fail the sandbox's call (the event is sent
   * from inside it) nor keep the event from the other listeners; its error becomes a warning.
   */
  private emitProgress(p: CallProgress): void {
    for (const listener of this.events.listeners("progress") as Array<(p: CallProgress) => void>) {
      try {
        listener(p);
      } catch (error) {
        process.emitWarning(`a progress listener failed on ${p.phase} of ${p.callId}: ${(error as Error)?.message ?? String(error)}`, "ProgressListenerWarning");
      }
    }
  }

  on(event: "progress", listener: (p: CallProgress) => void): this {
    this.events.on(event, listener);
    return this;
  }

  off(event: "progress", listener: (p: CallProgress) => void): this {
    this.events.off(event, listener);
    return this;
  }

  /** Cancels the run in progress and the queued ones, refuses new ones, and closes the trace file. */
  async close(): Promise<void> {
    if (this.closed) return;
    // Closed first: new runs are refused and queued ones end as cancelled without running, so
    // close() does not wait for runs queued behind the one it cancels.
    this.closed = true;
    this.cancel();
    await this.queue;
    this.traceLog.close();
  }
}

/** Creates (or empties) a file now, so that an unwritable path is reported before anything runs. */
function startFile(path: string): void {
  try {
    closeSync(openSync(path, "w"));
  } catch (e) {
    throw new Error(`cannot create the cassette ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** A run's value for people: display form with syntax objects unwrapped all the way down. */
function resultDisplay(v: unknown): string {
  if (v instanceof MultipleValues) return v.values.map(resultDisplay).join("\n");
  return display(syntaxToDatum(v));
}

function displayValue(v: unknown): string {
  if (v instanceof MultipleValues) return v.values.map((x) => display(x)).join("\n");
  return display(v);
}

export async function createSession(options: SessionOptions = {}): Promise<Session> {
  return new Session(options);
}

export type { CallProgress, RunUsage };
