// Continuation marks on the machine: a MarkFrame in the continuation carries the marks of the
// frame below it. `with-continuation-mark` in tail position of another finds the MarkFrame on
// top of the continuation and replaces it (one mark per key per frame, as in Racket), so a loop
// that sets a mark on every iteration runs in constant space. Code that uses no marks never
// meets a MarkFrame: marks cost nothing until used.

import type { Mark } from "../values/marks.js";
import { RestoreDynamicFrame } from "./dynamic-frames.js";
import type { Fiber } from "./fiber.js";
import { Frame } from "./frame.js";

export class MarkFrame extends Frame {
  constructor(
    next: Frame,
    readonly entries: readonly Mark[],
  ) {
    super(next);
  }

  override get marks(): readonly Mark[] {
    return this.entries;
  }

  /** The marks belong to the frame below: the value passes through. */
  resume(_f: Fiber): void {}
}

/**
 * Sets `key` to `value` on the current continuation frame (the body then runs in tail position).
 * The frame's marks are a MarkFrame on top of the continuation, or just under the frame of a
 * `parameterize` whose body this is (Racket's parameterize is itself a mark on that frame).
 */
export function setMark(f: Fiber, key: unknown, value: unknown): void {
  const top = f.k;
  if (top instanceof MarkFrame) {
    f.k = new MarkFrame(top.next!, withMark(top.entries, key, value));
  } else if (top instanceof RestoreDynamicFrame && top.tailTransparent && top.next instanceof MarkFrame) {
    const marks = top.next;
    f.k = new RestoreDynamicFrame(new MarkFrame(marks.next!, withMark(marks.entries, key, value)), top.dyn, true);
  } else {
    f.k = new MarkFrame(top, [{ key, value }]);
  }
}

function withMark(entries: readonly Mark[], key: unknown, value: unknown): Mark[] {
  return [{ key, value }, ...entries.filter((m) => m.key !== key)];
}

/** The value of `key` on the current frame itself (call-with-immediate-continuation-mark). */
export function immediateMark(f: Fiber, key: unknown): { value: unknown } | undefined {
  const top = f.k instanceof RestoreDynamicFrame && f.k.tailTransparent ? f.k.next : f.k;
  if (!(top instanceof MarkFrame)) return undefined;
  const m = top.entries.find((e) => e.key === key);
  return m === undefined ? undefined : { value: m.value };
}
