// Continuation frames: what remains to be done when the current evaluation produces a value.
//
// The continuation is a linked list of frames on the heap, so recursion depth is bounded by memory
// and capturing a continuation is taking a pointer. Frames are never mutated once pushed: a
// re-entered continuation resumes the same frames again and must find them as they were.

import type { SourceLocation } from "@rlms/reader";
import type { Mark } from "../values/marks.js";
import type { Fiber } from "./fiber.js";
import type { Rebaser } from "./graft.js";

export abstract class Frame {
  constructor(readonly next: Frame | null) {}

  /** Continue with `fiber.val` as the value of the evaluation this frame was waiting for. */
  abstract resume(fiber: Fiber): void;

  /** For backtraces: the procedure this frame belongs to and where it was. */
  get site(): { name: string | undefined; loc: SourceLocation | undefined } | undefined {
    return undefined;
  }

  /** The continuation marks on this frame (MarkFrame), for continuation-mark sets. */
  get marks(): readonly Mark[] | undefined {
    return undefined;
  }

  /** The prompt tag when this frame is a prompt (PromptFrame): mark sets stop there. */
  get promptTag(): unknown {
    return undefined;
  }

  /**
   * This frame with another `next`, for grafting a captured continuation onto a new one
   * (machine/graft.ts). The copy shares every field; frames that hold a dynamic state override
   * this to rebase it.
   */
  copyOnto(next: Frame, _rebaser: Rebaser): Frame {
    const copy = Object.create(Object.getPrototypeOf(this) as object) as Frame;
    Object.assign(copy, this);
    (copy as { next: Frame | null }).next = next;
    return copy;
  }
}
