// The session's side of the scaffold: it turns the scaffold's call requests into chat requests,
// sends them through the provider chain within the budgets, and keeps the ledger and the trace.

import { scaffold } from "@rlms/primitives";
import { BudgetExceeded, BudgetScope } from "../llm/budget.js";
import { LlmError } from "../llm/errors.js";
import { ensureJsonInstruction } from "../llm/json-instruction.js";
import type { Ledger } from "../llm/ledger.js";
import { completeWithinBudget } from "../llm/metered.js";
import { costUsd } from "../llm/prices.js";
import type { ChatMessage, ChatRequest, ContentPart, Provider } from "../llm/types.js";
import type { Trace } from "../trace/trace.js";
import { ImageRefused, imageUrl } from "./images.js";

type LlmRequest = scaffold.LlmRequest;
type LlmReply = scaffold.LlmReply;
type CallSite = scaffold.CallSite;
const { LlmCallError } = scaffold;

/** A `token-budget` scope as the scaffold holds it. */
class HostBudget implements scaffold.BudgetScopeHandle {
  constructor(
    readonly scope: BudgetScope,
    readonly limit: number,
  ) {}

  /**
   * What this scope and the enclosing `token-budget` scopes still allow. The session's own budget
   * (the root, which has no parent) is left out: it is host-kept, and sandbox code printing
   * `(token-budget)` must not learn it. It still refuses calls that do not fit it.
   */
  remaining(): number {
    let left = Infinity;
    for (let s: BudgetScope | null = this.scope; s !== null && s.parent !== null; s = s.parent) {
      if (s.remainingTokens !== null) left = Math.min(left, s.remainingTokens);
    }
    return left;
  }
}

/** Counts of one run's calls (the run result's `usage`). */
export interface RunUsage {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  costUsd: number | null;
  models: string[];
}

export function emptyRunUsage(): RunUsage {
  return { calls: 0, promptTokens: 0, completionTokens: 0, totalTokens: 0, costUsd: 0, models: [] };
}

/**
 * The calls of one run, for its result and its progress events. Each call keeps the counts of
 * the run that made it, so a call abandoned by a run that ended (and aborted) while the next run
 * has begun does not count in the next run.
 */
interface RunCounts {
  readonly usage: RunUsage;
  inFlight: number;
  done: number;
}

export interface CallProgress {
  readonly phase: "start" | "end";
  readonly callId: string;
  readonly inFlight: number;
  readonly done: number;
  readonly usage: Readonly<RunUsage>;
}

export interface LlmHostOptions {
  /** Made on the first call, so a session that makes none needs no key or server. */
  provider: () => Promise<Provider>;
  defaultModel: string;
  root: BudgetScope;
  ledger: Ledger;
  trace: Trace;
  imageDir?: string;
  progress: (p: CallProgress) => void;
}

export class LlmHost implements scaffold.ScaffoldHost {
  private provider: Promise<Provider> | undefined;
  private readonly inFlight = new Map<string, AbortController>();
  /** The trace event of the run in progress (calls are its children). */
  runEvent: string | null = null;
  private run: RunCounts = { usage: emptyRunUsage(), inFlight: 0, done: 0 };
  readonly contexts = new Map<string, unknown>();

  constructor(private readonly options: LlmHostOptions) {}

  async complete(request: LlmRequest, site: CallSite): Promise<LlmReply> {
    const run = this.run;
    const chat = this.chatRequest(request);
    const { request: sent, added } = ensureJsonInstruction(chat);
    const span = this.options.trace.begin("llm", {
      parentId: this.runEvent,
      depth: 0,
      name: request.who,
      model: chat.model,
      prompt: { instruction: request.instruction, data: request.data, images: request.images.length },
    });
    if (added) span.note("added a JSON instruction (no message mentioned JSON)");
    const controller = new AbortController();
    // Counted as they happen (a response says how many it took, an error does not), so the trace
    // of a call that failed after retrying says how often it was retried.
    let retries = 0;
    const abort = () => controller.abort();
    if (site.signal.aborted) controller.abort();
    else site.signal.addEventListener("abort", abort, { once: true });
    this.inFlight.set(span.id, controller);
    run.inFlight++;
    this.report("start", span.id, run);
    try {
      const scope = site.budget instanceof HostBudget ? site.budget.scope : this.options.root;
      // A provider that could not be made (no API key, a cassette that cannot be created) is tried
      // again on the next call. Its error is the session's setup, not an internal error.
      const provider = await (this.provider ??= this.options.provider().catch((e: unknown) => {
        this.provider = undefined;
        throw new LlmCallError(e instanceof Error ? e.message : String(e), "setup");
      }));
      const r = await completeWithinBudget(provider, sent, { scope, ledger: this.options.ledger, signal: controller.signal, onRetry: () => void retries++ });
      const cost = costUsd(r.model, r.usage);
      span.end({
        status: "ok",
        response: r.text,
        model: r.model,
        tokens: { prompt: r.usage.promptTokens, completion: r.usage.completionTokens, total: r.usage.totalTokens },
        costUsd: cost,
        retries: r.retries,
      });
      count(run.usage, r.model, r.usage.promptTokens, r.usage.completionTokens, cost);
      return { text: r.text, callId: span.id, model: r.model, promptTokens: r.usage.promptTokens, completionTokens: r.usage.completionTokens, costUsd: cost };
    } catch (e) {
      const failure = callFailure(e);
      span.end({ status: failure.kind === "cancelled" ? "cancelled" : "error", error: failure.message, retries });
      throw failure;
    } finally {
      site.signal.removeEventListener("abort", abort);
      this.inFlight.delete(span.id);
      run.inFlight--;
      run.done++;
      this.report("end", span.id, run);
    }
  }

  /** A run begins: its calls are children of `runEvent`, and its usage and progress counts start from zero. */
  beginRun(runEvent: string): void {
    this.runEvent = runEvent;
    this.run = { usage: emptyRunUsage(), inFlight: 0, done: 0 };
  }

  /** The usage of the run in progress (or of the last run). */
  get runUsage(): RunUsage {
    return this.run.usage;
  }

  /** Aborts one call in flight (its HTTP request); false when there is no such call. */
  cancel(callId: string): boolean {
    const c = this.inFlight.get(callId);
    c?.abort();
    return c !== undefined;
  }

  get callsInFlight(): number {
    return this.inFlight.size;
  }

  budgetScope(parent: scaffold.BudgetScopeHandle | null, limit: number): scaffold.BudgetScopeHandle {
    const enclosing = parent instanceof HostBudget ? parent.scope : this.options.root;
    return new HostBudget(enclosing.child(limit), limit);
  }

  usage(): scaffold.UsageTotals {
    const t = this.options.ledger.totals;
    return { promptTokens: t.promptTokens, completionTokens: t.completionTokens, totalTokens: t.totalTokens, calls: t.calls, costUsd: t.costUsd };
  }

  rateLimits(): Readonly<Record<string, string | number>> {
    return this.options.ledger.rateLimits;
  }

  namedContext(name: string): unknown {
    return this.contexts.get(name);
  }

  private chatRequest(request: LlmRequest): ChatRequest {
    const messages: ChatMessage[] = [];
    if (request.instruction !== undefined) messages.push({ role: "system", content: request.instruction });
    let images: string[];
    try {
      images = request.images.map((i) => imageUrl(i, this.options.imageDir));
    } catch (e) {
      if (e instanceof ImageRefused) throw new LlmCallError(e.message, "request");
      throw e;
    }
    if (images.length > 0) {
      const parts: ContentPart[] = [{ type: "text", text: request.data ?? "" }, ...images.map((url) => ({ type: "image_url" as const, image_url: { url } }))];
      messages.push({ role: "user", content: parts });
    } else if (request.data !== undefined) {
      messages.push({ role: "user", content: request.data });
    }
    if (messages.length === 0) throw new LlmCallError("nothing to send: give #:instruction and/or #:data", "request");
    return {
      model: request.model ?? this.options.defaultModel,
      messages,
      ...(request.temperature !== undefined && { temperature: request.temperature }),
      ...(request.maxTokens !== undefined && { maxTokens: request.maxTokens }),
      ...(request.json && { json: true }),
      ...(request.schema !== undefined && { schema: request.schema }),
      ...(request.timeoutMs !== undefined && { timeoutMs: request.timeoutMs }),
    };
  }

  private report(phase: "start" | "end", callId: string, run: RunCounts): void {
    // A copy: a listener that keeps events must see the usage as it was at that moment.
    const usage = { ...run.usage, models: [...run.usage.models] };
    this.options.progress({ phase, callId, inFlight: run.inFlight, done: run.done, usage });
  }
}

/** Adds one completed call to a run's usage. */
function count(u: RunUsage, model: string, prompt: number, completion: number, cost: number | null): void {
  u.calls++;
  u.promptTokens += prompt;
  u.completionTokens += completion;
  u.totalTokens += prompt + completion;
  u.costUsd = u.costUsd === null || cost === null ? null : u.costUsd + cost;
  if (!u.models.includes(model)) u.models.push(model);
}

/** Any failure of a call as the scaffold's LlmCallError (kind, status, a message for people). */
function callFailure(e: unknown): InstanceType<typeof LlmCallError> {
  if (e instanceof LlmCallError) return e;
  if (e instanceof LlmError) return new LlmCallError(e.message, e.kind, e.status);
  if (e instanceof BudgetExceeded) return new LlmCallError(e.message, "budget");
  if (e instanceof TypeError || e instanceof RangeError) return new LlmCallError(e.message, "request");
  return new LlmCallError(`internal error: ${e instanceof Error ? e.message : String(e)}`, "internal");
}
