// A session-wide cap on language-model requests in flight, shared by every fiber and depth.

import { onAbort } from "./abort-subscription.js";
import { LlmError } from "./errors.js";
import type { CallOptions, ChatRequest, ChatResponse, Provider } from "./types.js";

/** Gives the slot back; calling it again does nothing. */
export type ReleasePermit = () => void;

interface Waiter {
  grant: (release: ReleasePermit) => void;
}

export class ConcurrencyLimiter {
  private active = 0;
  private readonly queue: Waiter[] = [];

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) {
      throw new RangeError(`ConcurrencyLimiter: max must be a positive integer, got ${max}`);
    }
  }

  /** Requests holding a slot. */
  get inFlight(): number {
    return this.active;
  }

  /** Requests queued for a slot. */
  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Resolves with a release function once a slot is free; waiters are served first come, first
   * served. An abort while waiting leaves the queue at once and rejects with kind "cancelled".
   */
  acquire(signal?: AbortSignal): Promise<ReleasePermit> {
    if (signal?.aborted) return Promise.reject(cancelled());
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve(this.permit());
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: (release) => {
          unsubscribe();
          resolve(release);
        },
      };
      const unsubscribe = signal
        ? onAbort(signal, () => {
            const i = this.queue.indexOf(waiter);
            if (i >= 0) this.queue.splice(i, 1);
            reject(cancelled());
          })
        : () => {};
      this.queue.push(waiter);
    });
  }

  private permit(): ReleasePermit {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      // The slot passes straight to the next waiter, so a newcomer cannot overtake the queue.
      if (next) next.grant(this.permit());
      else this.active--;
    };
  }
}

function cancelled(): LlmError {
  return new LlmError("cancelled", "language-model call cancelled while waiting for a free request slot");
}

/** `provider`, with each call holding a slot of `limiter` from before it is sent until it settles (retries included). */
export function limitConcurrency(provider: Provider, limiter: ConcurrencyLimiter): Provider {
  return {
    async complete(request: ChatRequest, options?: CallOptions): Promise<ChatResponse> {
      const release = await limiter.acquire(options?.signal);
      try {
        return await provider.complete(request, options);
      } finally {
        release();
      }
    },
  };
}
