// The language-model calls: llm-query (a syntax object), unsafe-raw-query (a plain string) and
// llm-query-async (a handle). Each blocks only its own fiber; the host caps requests in flight.

import { defineAsyncKeywordPrimitive, defineKeywordPrimitive, type Fiber, type Parameter } from "@rlms/evaluator";
import { callError } from "./call-errors.js";
import { callSite, childSignal } from "./call-site.js";
import { LlmHandle } from "./handles.js";
import type { ScaffoldHost } from "./host.js";
import { CALL_KEYWORDS, callRequest } from "./request.js";
import { ModelText } from "./syntax-values.js";

export function callPrimitives(host: ScaffoldHost, tokenBudget: Parameter): Array<readonly [string, unknown]> {
  /** Sends the call described by the keywords; the answer as a syntax object, or a Scheme error. */
  const send = (who: string, kws: ReadonlyMap<string, unknown>, f: Fiber, signal?: AbortSignal): Promise<ModelText> => {
    const request = callRequest(who, kws);
    const site = callSite(f, tokenBudget);
    return host.complete(request, signal === undefined ? site : { ...site, signal }).then(
      (r) => new ModelText(r.text, r.callId, r.model, r.promptTokens + r.completionTokens),
      (e: unknown) => {
        throw callError(who, e);
      },
    );
  };
  return [
    ["llm-query", defineAsyncKeywordPrimitive("llm-query", 0, CALL_KEYWORDS, (_args, kws, f) => send("llm-query", kws, f))],
    [
      "unsafe-raw-query",
      defineAsyncKeywordPrimitive("unsafe-raw-query", 0, CALL_KEYWORDS, (_args, kws, f) => send("unsafe-raw-query", kws, f).then((t) => t.text)),
    ],
    [
      "llm-query-async",
      defineKeywordPrimitive("llm-query-async", 0, CALL_KEYWORDS, (_args, kws, f) => {
        // Its own signal, so that a combinator can cancel this call alone (race).
        const { controller, release } = childSignal(callSite(f, tokenBudget).signal);
        const call = send("llm-query-async", kws, f, controller.signal);
        const handle = new LlmHandle(call, () => controller.abort());
        void handle.settled.then(release);
        return handle;
      }),
    ],
  ];
}
