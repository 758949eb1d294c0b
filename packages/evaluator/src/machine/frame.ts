// Continuation frames: what remains to be done when the current evaluation produces a value.
//
// The continuation is a linked list of frames on the heap, so recursion depth is bounded by memory
// and capturing a continuation is taking a pointer. Frames are never mutated once pushed: a
// re-entered continuation resumes the same frames again and must find them as they were.

import type { SourceLocation } from "@rlms/reader";
import type { Fiber } from "./fiber.js";

export abstract class Frame {
  constructor(readonly next: Frame | null) {}

  /** Continue with `fiber.val` as the value of the evaluation this frame was waiting for. */
  abstract resume(fiber: Fiber): void;

  /** For backtraces: the procedure this frame belongs to and where it was. */
  get site(): { name: string | undefined; loc: SourceLocation | undefined } | undefined {
    return undefined;
  }
}

/** The bottom of every fiber's continuation: reaching it ends the fiber with the value. */
export class EndFrame extends Frame {
  constructor() {
    super(null);
  }
  resume(fiber: Fiber): void {
    fiber.finish(fiber.val);
  }
}
