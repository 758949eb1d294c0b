// Frames that put back a dynamic state when the evaluation under them returns: the end of a
// `with-handlers`, `parameterize` or `with-exception-handler` body, and of a dynamic-wind thunk.
// They hold their state in a field (never in a closure) so that grafting can rebase it.

import type { DynamicState } from "./dynamic.js";
import { ThenFrame, type Fiber } from "./fiber.js";
import { Frame } from "./frame.js";
import type { Rebaser } from "./graft.js";

/** Restores `dyn`; the value passes through. */
export class RestoreDynamicFrame extends Frame {
  constructor(
    next: Frame,
    readonly dyn: DynamicState,
    /**
     * True for `parameterize` and `with-exception-handler`, whose bodies Racket runs in tail
     * position (they set a continuation mark): a mark set in the body belongs to the frame below.
     */
    readonly tailTransparent = false,
  ) {
    super(next);
  }

  resume(f: Fiber): void {
    f.dyn = this.dyn;
  }

  override copyOnto(next: Frame, rebaser: Rebaser): Frame {
    return new RestoreDynamicFrame(next, rebaser.state(this.dyn), this.tailTransparent);
  }
}

/**
 * Installs `inner` for a body in tail position of a `parameterize` or `with-exception-handler`.
 * When the continuation already starts with such a frame (a parameterize in tail position of
 * another, a loop that parameterizes each iteration), that frame will restore the state to
 * return to, so no frame is pushed: such loops run in constant space, as in Racket.
 */
export function enterTailTransparent(f: Fiber, inner: DynamicState): void {
  const top = f.k;
  if (!(top instanceof RestoreDynamicFrame && top.tailTransparent)) f.k = new RestoreDynamicFrame(top, f.dyn, true);
  f.dyn = inner;
}

/** The end of a dynamic-wind thunk: run `after` outside the winder, then deliver the thunk's values. */
export class WindFrame extends Frame {
  constructor(
    next: Frame,
    /** The state outside the dynamic-wind. */
    readonly outer: DynamicState,
    readonly after: unknown,
  ) {
    super(next);
  }

  resume(f: Fiber): void {
    const result = f.val;
    f.dyn = this.outer;
    f.k = new ThenFrame(f.k, (g) => {
      g.val = result;
    });
    f.apply(this.after, []);
  }

  override copyOnto(next: Frame, rebaser: Rebaser): Frame {
    return new WindFrame(next, rebaser.state(this.outer), this.after);
  }
}
