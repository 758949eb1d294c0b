// A program's top-level forms, each run under its own prompt as in a Racket module body: a
// continuation captured in one form extends only to the end of that form. Re-entering it from a
// later form finishes the captured form and then carries on after the form that re-entered it,
// not after the captured one (measured against Racket 8.7: a generator driven from a later
// top-level form prints each value once).

import { Frame } from "../machine/frame.js";
import { ThenFrame, type Fiber } from "../machine/fiber.js";
import { Node, type Env } from "./node.js";

/** Which form is running; shared by all the prompts of one run, so a re-entered prompt sees it. */
interface ProgramState {
  index: number;
  /** Thunks to run after the last form (Racket's `main` submodule), in registration order. */
  readonly atEnd: unknown[];
}

export class Program extends Node {
  constructor(readonly forms: readonly Node[]) {
    super();
  }

  exec(f: Fiber, env: Env): void {
    this.start(f, env, { index: 0, atEnd: [] }, 0);
  }

  start(f: Fiber, env: Env, state: ProgramState, i: number): void {
    state.index = i;
    f.k = new PromptFrame(f.k, this, env, state);
    f.node = this.forms[i]!;
    f.env = env;
  }
}

class PromptFrame extends Frame {
  constructor(
    next: Frame,
    readonly program: Program,
    readonly env: Env,
    readonly state: ProgramState,
  ) {
    super(next);
  }

  resume(f: Fiber): void {
    const next = this.state.index + 1;
    if (next < this.program.forms.length) {
      this.program.start(f, this.env, this.state, next);
      return;
    }
    // After the last form: the thunks registered with `runAtProgramEnd`, each under its own
    // prompt, then the last form's value stays the program's value.
    const thunk = this.state.atEnd.shift();
    if (thunk === undefined) return;
    const value = f.val;
    f.k = new ThenFrame(new PromptFrame(f.k, this.program, this.env, this.state), (g) => {
      g.val = value;
    });
    f.apply(thunk, []);
  }
}

/**
 * Registers `thunk` to run when the program that is running on `f` has run its last form
 * (Racket runs a module's `main` submodule after the module body). False when `f` is not
 * running a program's top level (e.g. inside `eval`).
 */
export function runAtProgramEnd(f: Fiber, thunk: unknown): boolean {
  for (let k: Frame | null = f.k; k !== null; k = k.next) {
    if (k instanceof PromptFrame) {
      k.state.atEnd.push(thunk);
      return true;
    }
  }
  return false;
}
