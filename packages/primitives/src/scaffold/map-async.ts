// `(map-async f items #:max-concurrent n #:on-error handler)`: f on every item in fibers of its
// own, at most n at once, results in input order whatever the completion order. A blocking
// `llm-query` inside f suspends only that item's fiber, so the calls overlap.
//
// An item's result may be a handle (from `llm-query-async`): it is awaited and the item's result
// is the plain text. A failing item fails the whole call and cancels the others (their calls are
// aborted and their fibers stopped), unless `#:on-error` supplies the item's result from
// `(handler exn item)`.

import { NIL, list, listToArray } from "@rlms/reader";
import { contractViolation, defineAsyncKeywordPrimitive, isProcedure, type Fiber } from "@rlms/evaluator";
import { CALL_SIGNAL, childSignal } from "./call-site.js";
import { LlmHandle } from "./handles.js";

const DEFAULT_MAX_CONCURRENT = 10;

export const mapAsync = defineAsyncKeywordPrimitive("map-async", 2, ["max-concurrent", "on-error"], ([fn, items], kws, f) => {
  if (!isProcedure(fn)) throw contractViolation("map-async", "procedure?", fn);
  const inputs = listToArray(items);
  if (inputs === undefined) throw contractViolation("map-async", "list?", items);
  const max = kws.get("max-concurrent") ?? DEFAULT_MAX_CONCURRENT;
  if (!(typeof max === "number" && Number.isInteger(max) && max > 0)) throw contractViolation("map-async", "exact-positive-integer? (for #:max-concurrent)", max);
  const onError = kws.get("on-error");
  if (onError !== undefined && !isProcedure(onError)) throw contractViolation("map-async", "(-> exn? any/c any/c) (for #:on-error)", onError);
  if (inputs.length === 0) return NIL;
  return new ItemRun(f, fn, inputs, max, onError).promise;
});

/** One map-async call in progress. */
class ItemRun {
  readonly promise: Promise<unknown>;
  private resolve!: (v: unknown) => void;
  private reject!: (e: unknown) => void;
  private readonly results: unknown[];
  private readonly running = new Map<number, { fiber: Fiber; abort: AbortController; release(): void }>();
  private next = 0;
  private finished = 0;
  private failed = false;

  constructor(
    private readonly parent: Fiber,
    private readonly fn: unknown,
    private readonly items: unknown[],
    max: number,
    private readonly onError: unknown,
  ) {
    this.results = new Array(items.length);
    this.promise = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    for (let i = 0; i < Math.min(max, items.length); i++) this.startNext();
  }

  private startNext(): void {
    if (this.failed || this.next >= this.items.length) return;
    const i = this.next++;
    this.spawn(i, this.fn, [this.items[i]], (value) => this.settle(i, value), (error) => this.itemFailed(i, error));
  }

  /** Runs `(proc args ...)` in a fiber of its own, under its own cancellation signal. */
  private spawn(i: number, proc: unknown, args: unknown[], ok: (v: unknown) => void, fail: (e: unknown) => void): void {
    const { controller, release } = childSignal(this.parent.dyn.valueOf(CALL_SIGNAL) as AbortSignal);
    // No exception handlers of the caller: an error ends the item, and is handled here.
    const fiber = this.parent.scheduler.spawn(this.parent.dyn.withHandlers(null).withParameter(CALL_SIGNAL, controller.signal));
    this.running.set(i, { fiber, abort: controller, release });
    fiber.onDone((g) => {
      this.running.get(i)?.release();
      this.running.delete(i);
      if (this.failed) return;
      if (g.state === "failed") fail(g.error);
      else ok(g.result);
    });
    fiber.startApply(proc, args);
  }

  private settle(i: number, value: unknown): void {
    if (value instanceof LlmHandle) {
      value.wait().then(
        (text) => this.store(i, text.text),
        (error: unknown) => this.itemFailed(i, error),
      );
      return;
    }
    this.store(i, value);
  }

  private store(i: number, value: unknown): void {
    if (this.failed) return;
    this.results[i] = value;
    if (++this.finished === this.items.length) this.resolve(list(this.results));
    else this.startNext();
  }

  private itemFailed(i: number, error: unknown): void {
    if (this.failed) return;
    if (this.onError !== undefined) {
      this.spawn(i, this.onError, [error, this.items[i]], (value) => this.settle(i, value), (e) => this.fail(e));
      return;
    }
    this.fail(error);
  }

  /** Ends the whole call with `error`: the other items are cancelled. */
  private fail(error: unknown): void {
    this.failed = true;
    for (const { fiber, abort, release } of this.running.values()) {
      abort.abort();
      release();
      fiber.stop();
    }
    this.running.clear();
    this.reject(error);
  }
}
