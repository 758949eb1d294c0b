// Runs fibers: round-robin slices of machine steps, waits for Promises when every fiber is
// blocked, yields to the event loop so timers and network replies are not starved, and enforces
// the run's deadline, step budget and abort signal between slices.

import { Exn } from "../errors/exn.js";
import { EMPTY_DYNAMIC_STATE, type DynamicState } from "./dynamic.js";
import { Fiber } from "./fiber.js";

export interface RunLimits {
  /** Absolute time (ms, `performance.now()` clock) after which the run stops with a timeout. */
  deadline?: number;
  /** Maximum machine steps for the whole run. */
  maxSteps?: number;
  signal?: AbortSignal;
}

/** Why a run stopped early. */
export class RunInterrupted {
  constructor(
    readonly reason: "timeout" | "cancelled" | "fuel",
    readonly message: string,
  ) {}
}

/** Steps per slice before the scheduler looks at the clock and the other fibers. */
const SLICE_STEPS = 20_000;
/** How long CPU-bound Scheme code may hold the event loop. */
const YIELD_EVERY_MS = 8;

export class Scheduler {
  private readonly queue: Fiber[] = [];
  private nextId = 1;
  /** Fibers blocked on a Promise. */
  waiting = 0;
  private wakeUp: (() => void) | undefined;
  stepsUsed = 0;
  /** Set by `finish`: the run ends with this value, whatever other fibers are doing. */
  finished: { readonly value: unknown } | undefined = undefined;

  constructor(private readonly limits: RunLimits = {}) {}

  spawn(dyn: DynamicState = EMPTY_DYNAMIC_STATE): Fiber {
    const f = new Fiber(this, dyn, this.nextId++);
    this.queue.push(f);
    // A fiber spawned from a Promise callback (map-async starting its next item) must get the
    // loop going if it is asleep waiting for a wake-up.
    const w = this.wakeUp;
    this.wakeUp = undefined;
    w?.();
    return f;
  }

  /** Ends the run with `value` (`finish`): no fiber runs after the current step. */
  finishRun(value: unknown): void {
    this.finished ??= { value };
    const w = this.wakeUp;
    this.wakeUp = undefined;
    w?.();
  }

  /** Called when a waiting fiber's Promise settles. */
  wake(f: Fiber): void {
    this.waiting--;
    if (f.state !== "waiting") return; // stopped by finish meanwhile
    f.state = "runnable";
    this.queue.push(f);
    const w = this.wakeUp;
    this.wakeUp = undefined;
    w?.();
  }

  /** Runs until `root` finishes. Throws RunInterrupted on timeout, cancellation or fuel exhaustion. */
  async run(root: Fiber): Promise<void> {
    let lastYield = performance.now();
    while (root.state !== "done" && root.state !== "failed" && this.finished === undefined) {
      this.checkLimits();
      const f = this.queue.shift();
      if (f === undefined) {
        if (this.waiting === 0) throw new Error("internal: no runnable fiber and none waiting");
        await this.nextWake();
        lastYield = performance.now();
        continue;
      }
      if (f.state !== "runnable") continue;
      const left = f.run(SLICE_STEPS);
      this.stepsUsed += SLICE_STEPS - left;
      if (f.state === "runnable") this.queue.push(f);
      const now = performance.now();
      if (now - lastYield >= YIELD_EVERY_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastYield = performance.now();
      }
    }
  }

  /** Runs to completion without ever waiting; throws if a fiber blocks on a Promise. */
  runSync(root: Fiber): void {
    while (root.state !== "done" && root.state !== "failed" && this.finished === undefined) {
      this.checkLimits();
      const f = this.queue.shift();
      if (f === undefined) {
        throw new Exn("exn:fail", "cannot wait for an asynchronous operation in synchronous evaluation (use the async API)");
      }
      if (f.state !== "runnable") continue;
      const left = f.run(SLICE_STEPS);
      this.stepsUsed += SLICE_STEPS - left;
      if (f.state === "runnable") this.queue.push(f);
    }
  }

  private nextWake(): Promise<void> {
    return new Promise<void>((resolve) => {
      // An abort or the deadline must end the wait too. Whatever ends it removes the listener and
      // the timer: a run waits once per reply it gets (map-async over 1000 items: ~1000 waits),
      // and listeners left on the run's signal would make every add/remove on it (one per
      // map-async item) walk all of them.
      const { signal, deadline } = this.limits;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const end = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", end);
        resolve();
      };
      this.wakeUp = end;
      signal?.addEventListener("abort", end, { once: true });
      if (deadline !== undefined) timer = setTimeout(end, Math.max(0, deadline - performance.now()));
    });
  }

  private checkLimits(): void {
    const { deadline, maxSteps, signal } = this.limits;
    if (signal?.aborted) throw new RunInterrupted("cancelled", "the run was cancelled");
    if (deadline !== undefined && performance.now() >= deadline) throw new RunInterrupted("timeout", "the run exceeded its time limit");
    if (maxSteps !== undefined && this.stepsUsed >= maxSteps) throw new RunInterrupted("fuel", `the run exceeded its step budget (${maxSteps} steps)`);
  }
}
