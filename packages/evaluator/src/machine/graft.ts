// Grafting: running a captured continuation's frames on top of another continuation.
//
// A continuation captured up to a prompt is a chain of immutable frames ending at that prompt.
// To apply it where that prompt is not (a composable continuation, or a full one whose prompt has
// returned — a generator resumed from a later call), its frames are copied with the bottom one
// linked to the new continuation. The dynamic state is rebased the same way: the winders,
// handlers and prompts installed inside the captured part are re-linked onto the new base, and
// what was outside the captured prompt is replaced by what is outside the new place (a
// parameterization made inside the part is kept whole, as Racket's are snapshots). Frames that
// hold a dynamic state (RestoreDynamicFrame, WindFrame, PromptFrame) rebase theirs when copied,
// and `with-handlers` installations move to the copies of their frames.
//
// Cost: one copy per frame of the captured part and per dynamic-state entry made inside it, on
// each application (Racket copies too). Frames are copied bottom-up, so a state held by a frame
// only refers to frames already copied.

import type { Continuation } from "../values/procedures.js";
import { DynamicState, type HandlerList, type Winder } from "./dynamic.js";
import type { HandlerInstallation } from "./fiber.js";
import { Exn } from "../errors/exn.js";
import type { Frame } from "./frame.js";
import type { PromptFrame } from "./prompts.js";

/** Maps what was captured onto the new base: frames to their copies, states to rebased states. */
export class Rebaser {
  private readonly frames = new Map<Frame, Frame>();
  private readonly states = new Map<DynamicState, DynamicState>();
  private readonly winders = new Map<Winder, Winder>();
  private readonly handlerLists = new Map<HandlerList, HandlerList>();

  constructor(
    /** The prompt the continuation was captured up to; what was outside it is replaced. */
    private readonly oldPrompt: PromptFrame,
    /** The frame the captured frames now return to. */
    newBottom: Frame,
    /** The dynamic state at the new bottom. */
    private readonly base: DynamicState,
  ) {
    this.frames.set(oldPrompt, newBottom);
  }

  recordCopy(original: Frame, copy: Frame): void {
    this.frames.set(original, copy);
  }

  /** The copy of a captured frame (frames outside the captured part stay as they are). */
  frame(k: Frame): Frame {
    return this.frames.get(k) ?? k;
  }

  /** A dynamic state of the captured part, rebased onto the new base. */
  state(d: DynamicState): DynamicState {
    let r = this.states.get(d);
    if (r === undefined) {
      const outside = this.oldPrompt.outer;
      r = new DynamicState(
        this.rebaseList(d.winders, outside.winders, this.base.winders, this.winders, (w, outer) => ({
          before: w.before,
          after: w.after,
          outer,
          depth: (outer?.depth ?? 0) + 1,
        })),
        this.rebaseList(d.handlers, outside.handlers, this.base.handlers, this.handlerLists, (h, outer) => ({ handler: this.handler(h.handler), outer })),
        // A parameterization made inside the captured part is kept whole: Racket's `parameterize`
        // extends the parameterization in effect (a snapshot), so the values it saw outside
        // the part come along; without one, the new place's parameterization applies.
        d.params === outside.params ? this.base.params : d.params,
        this.prompt(d.prompt),
      );
      this.states.set(d, r);
    }
    return r;
  }

  private prompt(p: PromptFrame | null): PromptFrame | null {
    if (p === null) return null;
    if (p === this.oldPrompt) return this.base.prompt;
    return this.frame(p) as PromptFrame;
  }

  private handler(h: unknown): unknown {
    if (typeof h !== "object" || h === null || (h as { kind?: unknown }).kind !== "with-handlers") return h;
    const inst = h as HandlerInstallation;
    return { ...inst, k: this.frame(inst.k), dyn: this.state(inst.dyn) };
  }

  /**
   * The entries of `list` above `oldBase`, re-linked onto `newBase` (memoised, so shared tails
   * stay shared). A list that does not end in `oldBase` was not made inside the captured part:
   * it is kept.
   */
  private rebaseList<T extends { readonly outer: T | null }>(
    list: T | null,
    oldBase: T | null,
    newBase: T | null,
    memo: Map<T, T>,
    relink: (entry: T, outer: T | null) => T,
  ): T | null {
    const inner: T[] = [];
    let node = list;
    while (node !== oldBase) {
      if (node === null) return list;
      const known = memo.get(node);
      if (known !== undefined) break;
      inner.push(node);
      node = node.outer;
    }
    let result = node === oldBase ? newBase : memo.get(node!)!;
    for (let i = inner.length - 1; i >= 0; i--) {
      result = relink(inner[i]!, result);
      memo.set(inner[i]!, result);
    }
    return result;
  }
}

/** The continuation's frames copied onto `bottom` (whose dynamic state is `base`), and its state rebased. */
export function graft(c: Continuation, bottom: Frame, base: DynamicState): { k: Frame; dyn: DynamicState } {
  const captured: Frame[] = [];
  for (let k: Frame | null = c.k; k !== c.prompt; k = k.next) {
    if (k === null) throw new Exn("exn:fail", "internal error: a continuation's frames do not reach its prompt");
    captured.push(k);
  }
  const rebaser = new Rebaser(c.prompt, bottom, base);
  let top = bottom;
  for (let i = captured.length - 1; i >= 0; i--) {
    const copy = captured[i]!.copyOnto(top, rebaser);
    rebaser.recordCopy(captured[i]!, copy);
    top = copy;
  }
  return { k: top, dyn: rebaser.state(c.dyn) };
}
