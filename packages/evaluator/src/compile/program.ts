// A program's top-level forms, each run under its own prompt for the default tag, as in a Racket
// module body: a continuation captured in one form extends only to the end of that form.
// Re-entering it from a later form runs the rest of the captured form in place of the rest of
// the re-entering one, then carries on after the re-entering form (the captured frames are
// grafted onto its prompt, machine/graft.ts): a generator driven from a later top-level form
// prints each value once, as in Racket 8.7. An abort to the default tag that reaches a form's
// prompt goes on to the root prompt, as Racket's module prompts pass aborts outward.

import { Frame } from "../machine/frame.js";
import { ThenFrame, type Fiber } from "../machine/fiber.js";
import type { Rebaser } from "../machine/graft.js";
import { DEFAULT_PROMPT_TAG, PromptFrame, abortTo, findPrompt } from "../machine/prompts.js";
import type { DynamicState } from "../machine/dynamic.js";
import { Node, type Env } from "./node.js";

/** What the forms of one run share. */
interface ProgramState {
  /** Thunks to run after the last form (Racket's `main` submodule), in registration order. */
  readonly atEnd: unknown[];
}

export class Program extends Node {
  constructor(readonly forms: readonly Node[]) {
    super();
  }

  exec(f: Fiber, env: Env): void {
    this.start(f, env, { atEnd: [] }, 0);
  }

  start(f: Fiber, env: Env, state: ProgramState, i: number): void {
    const prompt = new ProgramPrompt(f.k, f.dyn, this, env, state, i);
    f.k = prompt;
    f.dyn = f.dyn.withPrompt(prompt);
    f.node = this.forms[i]!;
    f.env = env;
  }
}

class ProgramPrompt extends PromptFrame {
  constructor(
    next: Frame,
    outer: DynamicState,
    readonly program: Program,
    readonly env: Env,
    readonly state: ProgramState,
    /** The form this prompt delimits; -1 for a prompt around a `main` submodule's thunk. */
    readonly index: number,
  ) {
    super(next, DEFAULT_PROMPT_TAG, false, outer);
  }

  override get catchesUncaught(): boolean {
    return false;
  }

  override resume(f: Fiber): void {
    f.dyn = this.outer;
    const next = this.index + 1;
    if (this.index >= 0 && next < this.program.forms.length) {
      this.program.start(f, this.env, this.state, next);
      return;
    }
    // After the last form: the thunks registered with `runAtProgramEnd`, each under its own
    // prompt, then the last form's value stays the program's value.
    const thunk = this.state.atEnd.shift();
    if (thunk === undefined) return;
    const value = f.val;
    f.k = new ThenFrame(f.k, (g) => {
      g.val = value;
    });
    const prompt = new ProgramPrompt(f.k, f.dyn, this.program, this.env, this.state, -1);
    f.k = prompt;
    f.dyn = f.dyn.withPrompt(prompt);
    f.apply(thunk, []);
  }

  /** Racket's module prompts pass an abort on to the prompt outside them. */
  override onAbort(f: Fiber, values: readonly unknown[]): void {
    const outer = findPrompt(f.dyn, DEFAULT_PROMPT_TAG);
    if (outer !== undefined) abortTo(f, outer, values);
  }

  override copyOnto(next: Frame, rebaser: Rebaser): Frame {
    return new ProgramPrompt(next, rebaser.state(this.outer), this.program, this.env, this.state, this.index);
  }
}

/**
 * Registers `thunk` to run when the program that is running on `f` has run its last form
 * (Racket runs a module's `main` submodule after the module body). False when `f` is not
 * running a program's top level (e.g. inside `eval`).
 */
export function runAtProgramEnd(f: Fiber, thunk: unknown): boolean {
  for (let p = f.dyn.prompt; p !== null; p = p.outer.prompt) {
    if (p instanceof ProgramPrompt) {
      p.state.atEnd.push(thunk);
      return true;
    }
  }
  return false;
}
