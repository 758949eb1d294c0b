// Calls in flight as values: `llm-query-async` returns a handle at once; `await` and friends
// suspend only the calling fiber until the handle's call settles.

import { PRINT, NIL, list, listToArray, type PrintContext } from "@rlms/reader";
import { MultipleValues, contractViolation, defineAsyncPrimitive } from "@rlms/evaluator";
import type { ModelText } from "./syntax-values.js";

let handles = 0;

/**
 * A call in flight. Unforgeable: only `llm-query-async` makes them. The outcome is kept, so
 * awaiting twice gives the same result (or raises the same error).
 */
export class LlmHandle {
  readonly number = ++handles;
  private outcome: { ok: true; value: ModelText } | { ok: false; error: unknown } | undefined;
  /** Settles with the outcome (never rejects: a failure is in `outcome`). */
  readonly settled: Promise<void>;

  constructor(
    call: Promise<ModelText>,
    /** Aborts the call (its HTTP request) if it is still in flight. */
    readonly cancel: () => void,
  ) {
    this.settled = call.then(
      (value) => {
        this.outcome = { ok: true, value };
      },
      (error: unknown) => {
        this.outcome = { ok: false, error };
      },
    );
  }

  get done(): boolean {
    return this.outcome !== undefined;
  }

  /** The answer, once settled (raises the call's error). */
  result(): ModelText {
    const o = this.outcome;
    if (o === undefined) throw new Error("internal: LlmHandle.result before it settled");
    if (!o.ok) throw o.error;
    return o.value;
  }

  async wait(): Promise<ModelText> {
    await this.settled;
    return this.result();
  }

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<llm-handle:${this.number}${this.outcome === undefined ? "" : this.outcome.ok ? " done" : " failed"}>`);
  }
}

function checkHandle(who: string, h: unknown): LlmHandle {
  if (h instanceof LlmHandle) return h;
  throw contractViolation(who, "llm-handle? (a value from llm-query-async)", h);
}

function checkHandles(who: string, hs: unknown): LlmHandle[] {
  const items = listToArray(hs);
  if (items === undefined) throw contractViolation(who, "(listof llm-handle?)", hs);
  return items.map((h) => checkHandle(who, h));
}

/** All results in order; the first failure in list order is raised (after all have settled). */
async function waitAll(handles: readonly LlmHandle[]): Promise<ModelText[]> {
  await Promise.all(handles.map((h) => h.settled));
  return handles.map((h) => h.result());
}

export const HANDLE_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["await", defineAsyncPrimitive("await", 1, (h: unknown) => checkHandle("await", h).wait())],
  [
    "await-all",
    defineAsyncPrimitive("await-all", 1, async (hs: unknown) => list((await waitAll(checkHandles("await-all", hs))).map((t) => t.text))),
  ],
  ["await-all-syntax", defineAsyncPrimitive("await-all-syntax", 1, async (hs: unknown) => list(await waitAll(checkHandles("await-all-syntax", hs))))],
  [
    "await-any",
    defineAsyncPrimitive("await-any", 1, async (hs: unknown) => {
      const handles = checkHandles("await-any", hs);
      if (handles.length === 0) throw contractViolation("await-any", "(and/c (listof llm-handle?) pair?)", NIL);
      // The first to settle wins; one already settled wins at once (the earliest in the list).
      const first = handles.find((h) => h.done) ?? (await Promise.race(handles.map((h) => h.settled.then(() => h))));
      return new MultipleValues([first.result().text, list(handles.filter((h) => h !== first))]);
    }),
  ],
];
