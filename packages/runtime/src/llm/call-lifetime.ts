// The life of one call: it ends early when the caller's signal aborts ("cancelled") or when the
// request's deadline passes ("timeout"). Everything the call waits on (the HTTP request, the
// back-off sleep) listens to `signal`, so either event takes effect at once.

import { onAbort } from "./abort-subscription.js";
import { LlmError } from "./errors.js";

export class CallLifetime {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private readonly unsubscribe: () => void = () => {};
  private ended: LlmError | undefined;

  /** `describe` names the call in messages, e.g. `model gpt-4o-mini`. */
  constructor(caller: AbortSignal | undefined, timeoutMs: number | undefined, describe: string) {
    const onCallerAbort = () => this.end(new LlmError("cancelled", `language-model call cancelled (${describe})`));
    if (caller?.aborted) onCallerAbort();
    else if (caller) this.unsubscribe = onAbort(caller, onCallerAbort);
    if (timeoutMs !== undefined && !this.ended) {
      this.timer = setTimeout(
        () => this.end(new LlmError("timeout", `language-model call timed out after ${timeoutMs} ms (${describe})`)),
        timeoutMs,
      );
    }
  }

  /** Aborted when the call must stop; pass it to everything the call awaits. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The cancellation or timeout that ended the call, if one did. */
  get endedBy(): LlmError | undefined {
    return this.ended;
  }

  throwIfEnded(): void {
    if (this.ended) throw this.ended;
  }

  /** Waits `ms`, or rejects with the cancellation/timeout as soon as the call ends. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.ended) return reject(this.ended);
      const onEnd = () => {
        clearTimeout(timer);
        reject(this.ended);
      };
      const timer = setTimeout(() => {
        this.signal.removeEventListener("abort", onEnd);
        resolve();
      }, ms);
      this.signal.addEventListener("abort", onEnd, { once: true });
    });
  }

  /** Releases the timer and the listener on the caller's signal; call when the call settles. */
  dispose(): void {
    clearTimeout(this.timer);
    this.unsubscribe();
  }

  private end(error: LlmError): void {
    if (this.ended) return;
    this.ended = error;
    clearTimeout(this.timer);
    this.controller.abort(error);
  }
}
