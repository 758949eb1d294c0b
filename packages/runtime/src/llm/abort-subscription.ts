// One "abort" listener per AbortSignal, however many calls wait on it. A session passes one
// signal to every call of a run; a listener per call would pass Node's limit of 10 per signal and
// print a MaxListenersExceededWarning on stderr (with map-async over 100 items, for instance).

const subscribers = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `callback` when `signal` aborts; returns the unsubscribe function. `signal` must not be
 * aborted yet (check `signal.aborted` first).
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = subscribers.get(signal);
  if (!callbacks) {
    const fresh = new Set<() => void>();
    subscribers.set(signal, fresh);
    signal.addEventListener(
      "abort",
      () => {
        subscribers.delete(signal);
        for (const f of [...fresh]) f();
      },
      { once: true },
    );
    callbacks = fresh;
  }
  const set = callbacks;
  set.add(callback);
  return () => {
    set.delete(callback);
  };
}
