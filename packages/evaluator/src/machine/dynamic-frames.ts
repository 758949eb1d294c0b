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
  ) {
    super(next);
  }

  resume(f: Fiber): void {
    f.dyn = this.dyn;
  }

  override copyOnto(next: Frame, rebaser: Rebaser): Frame {
    return new RestoreDynamicFrame(next, rebaser.state(this.dyn));
  }
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
