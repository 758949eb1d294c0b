// Delimited control: prompts, aborts, and the application of captured continuations.
//
// A prompt is a frame (PromptFrame) with a tag and an abort handler. The dynamic state points at
// the innermost prompt, and each prompt's recorded state at the next one out, so finding the
// nearest prompt for a tag walks prompts only, never ordinary frames. Every fiber's continuation
// ends in a RootPrompt (the default tag), and each top-level form of a program runs under a
// ProgramPrompt (compile/program.ts): the same mechanism as `call-with-continuation-prompt`.
//
// A continuation captured by call/cc or call-with-composable-continuation is the frames from the
// capture point down to the nearest prompt for its tag (exclusive). Applying a full continuation
// whose prompt is still in the current continuation is a jump (frames are immutable and shared);
// when its prompt has gone, or for a composable continuation, the frames are copied onto the
// current continuation (graft.ts), as Racket's delimited continuations compose.

import { PRINT, type PrintContext } from "@rlms/reader";
import { Exn, contractViolation, errorValue } from "../errors/exn.js";
import { Continuation, MultipleValues } from "../values/procedures.js";
import type { DynamicState } from "./dynamic.js";
import type { Fiber } from "./fiber.js";
import { Frame } from "./frame.js";
import { graft, type Rebaser } from "./graft.js";

export class PromptTag {
  constructor(readonly name: string | undefined) {}

  [PRINT](ctx: PrintContext): void {
    ctx.text(this.name === undefined ? "#<continuation-prompt-tag>" : `#<continuation-prompt-tag:${this.name}>`);
  }
}

export const DEFAULT_PROMPT_TAG = new PromptTag("default");

/**
 * A prompt in the continuation. Returning through it restores the dynamic state outside it;
 * an abort to it leaves everything inside and applies the handler to the abort's values there.
 */
export class PromptFrame extends Frame {
  constructor(
    next: Frame | null,
    readonly tag: PromptTag,
    /** The abort handler, or false for Racket's default (call the thunk under the prompt again). */
    readonly handler: unknown,
    /** The dynamic state outside the prompt (its `prompt` is the next prompt out). */
    readonly outer: DynamicState,
  ) {
    super(next);
  }

  override get promptTag(): unknown {
    return this.tag;
  }

  /** Whether an exception no handler caught is reported and aborted to here (Racket's default error escape). */
  get catchesUncaught(): boolean {
    return this.tag === DEFAULT_PROMPT_TAG;
  }

  resume(f: Fiber): void {
    f.dyn = this.outer;
  }

  /** Runs the handler with the abort's values; the fiber is already outside the prompt. */
  onAbort(f: Fiber, values: readonly unknown[]): void {
    if (this.handler === RETURN_VALUES) {
      f.val = values.length === 1 ? values[0] : new MultipleValues(values);
      return;
    }
    if (this.handler !== false) {
      f.apply(this.handler, [...values]);
      return;
    }
    // Racket's default handler: a single thunk, called with the prompt installed again.
    const thunk = defaultHandlerThunk(values);
    installPrompt(f, this.tag, false);
    f.apply(thunk, []);
  }

  override copyOnto(next: Frame, rebaser: Rebaser): Frame {
    return new PromptFrame(next, this.tag, this.handler, rebaser.state(this.outer));
  }
}

/** The handler of escape prompts: the values sent to the escape continuation become the result. */
const RETURN_VALUES: unique symbol = Symbol("return the values");

/** Set by library/control.ts: the kernel's test for procedures (arity is checked on the call). */
let isProcedureValue: (v: unknown) => boolean = () => true;
export function setProcedureTest(test: (v: unknown) => boolean): void {
  isProcedureValue = test;
}

/** The thunk an abort gives Racket's default prompt handler, or its error. */
function defaultHandlerThunk(values: readonly unknown[]): unknown {
  const thunk = values[0];
  if (values.length !== 1 || !isProcedureValue(thunk)) {
    throw contractViolation("default-continuation-prompt-handler", "(procedure-arity-includes/c 0)", values.length === 1 ? thunk : new MultipleValues(values));
  }
  return thunk;
}

/**
 * The bottom of every fiber's continuation: returning to it ends the fiber with the value. An
 * abort that reaches it runs the thunk and then ends the program as a failure without a message,
 * as `racket FILE` does when a module-level form aborts to the default prompt.
 */
export class RootPrompt extends PromptFrame {
  constructor(outer: DynamicState) {
    super(null, DEFAULT_PROMPT_TAG, false, outer);
  }

  override get catchesUncaught(): boolean {
    return false;
  }

  override resume(f: Fiber): void {
    f.finish(f.val);
  }

  override onAbort(f: Fiber, values: readonly unknown[]): void {
    const thunk = defaultHandlerThunk(values);
    f.k = new AbortedEnd();
    f.dyn = this.outer.withPrompt(null);
    f.apply(thunk, []);
  }
}

/** Raised as the program's failure when an abort reaches the root: the CLI prints nothing for it. */
export class ProgramAborted {
  [PRINT](ctx: PrintContext): void {
    ctx.text("#<program-aborted>");
  }
}

class AbortedEnd extends Frame {
  constructor() {
    super(null);
  }
  resume(f: Fiber): void {
    f.fail(new ProgramAborted());
  }
}

/** The nearest prompt for `tag` in the fiber's continuation. */
export function findPrompt(dyn: DynamicState, tag: unknown): PromptFrame | undefined {
  for (let p = dyn.prompt; p !== null; p = p.outer.prompt) if (p.tag === tag) return p;
  return undefined;
}

/** Racket's error when no prompt has the tag: `who: no corresponding prompt in the continuation`. */
export function noPrompt(who: string, tag: unknown): Exn {
  return new Exn("exn:fail:contract:continuation", `${who}: no corresponding prompt in the continuation\n  tag: ${errorValue(tag)}`);
}

/** The nearest prompt for `tag`, or Racket's error naming `who`. */
export function requirePrompt(f: Fiber, tag: unknown, who: string): PromptFrame {
  const p = findPrompt(f.dyn, tag);
  if (p === undefined) throw noPrompt(who, tag);
  return p;
}

/** Pushes a prompt: the body then runs with `f.k` being the prompt. */
export function installPrompt(f: Fiber, tag: PromptTag, handler: unknown): PromptFrame {
  const p = new PromptFrame(f.k, tag, handler, f.dyn);
  f.k = p;
  f.dyn = f.dyn.withPrompt(p);
  return p;
}

/**
 * Leaves everything inside `prompt` (running dynamic-wind `after` thunks, innermost first) and
 * applies its handler to `values` in the prompt's own continuation.
 */
export function abortTo(f: Fiber, prompt: PromptFrame, values: readonly unknown[]): void {
  f.transfer(prompt.outer.winders, (g) => {
    g.k = prompt.next!;
    g.dyn = prompt.outer;
    prompt.onAbort(g, values);
  });
}

/** call/cc and call-with-composable-continuation: the continuation up to the nearest `tag` prompt. */
export function captureContinuation(f: Fiber, tag: PromptTag, composable: boolean, who: string): Continuation {
  return new Continuation(f.k, f.dyn, requirePrompt(f, tag, who), composable);
}

/** Applies a continuation to `value` (one value, or MultipleValues). */
export function applyContinuation(f: Fiber, c: Continuation, value: unknown): void {
  if (c.composable) {
    // The captured frames run on top of the current continuation, which receives their result.
    const { k, dyn } = graft(c, f.k, f.dyn);
    f.transfer(dyn.winders, (g) => {
      g.k = k;
      g.dyn = dyn;
      g.val = value;
      g.node = null;
    });
    return;
  }
  const target = findPrompt(f.dyn, c.prompt.tag);
  if (target === undefined) throw noPrompt("continuation application", c.prompt.tag);
  // The prompt it was captured under is still there: the frames beyond it are shared, jump.
  // Otherwise the captured frames replace the current ones up to the nearest prompt.
  const { k, dyn } = target === c.prompt ? c : graft(c, target, target.outer.withPrompt(target));
  f.transfer(dyn.winders, (g) => {
    g.k = k;
    g.dyn = dyn;
    g.val = value;
    g.node = null;
  });
}

/**
 * An escape continuation (call/ec, let/ec): valid while its prompt, whose tag is its own, is in
 * the current continuation — also after the frames around it were copied by a graft.
 */
export class EscapeContinuation {
  readonly tag = new PromptTag(undefined);

  [PRINT](ctx: PrintContext): void {
    ctx.text("#<procedure>");
  }
}

export function applyEscape(f: Fiber, c: EscapeContinuation, values: readonly unknown[]): void {
  const p = findPrompt(f.dyn, c.tag);
  if (p === undefined) throw new Exn("exn:fail:contract:continuation", "continuation application: attempt to jump into an escape continuation");
  abortTo(f, p, values);
}

/** `(call/ec proc)`: proc gets an escape continuation; its prompt returns the values given to it. */
export function callWithEscape(f: Fiber, proc: unknown): void {
  const c = new EscapeContinuation();
  installPrompt(f, c.tag, RETURN_VALUES);
  f.apply(proc, [c]);
}

