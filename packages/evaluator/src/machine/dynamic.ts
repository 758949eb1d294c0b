// The dynamic state a continuation carries besides its frames: dynamic-wind winders, exception
// handlers, parameterizations and the innermost prompt. All are immutable linked lists (a
// prompt's outer prompts are in the dynamic state it records), so capturing them is free and a
// continuation restores exactly the state it was captured in.
//
// The state changes only when a frame is pushed that restores the previous one on return
// (RestoreDynamicFrame, WindFrame, PromptFrame): frames that hold a state are the ones grafting
// rebases (machine/graft.ts), which is why no other frame may keep a state in a closure.

import type { Parameter } from "../values/procedures.js";
import type { PromptFrame } from "./prompts.js";

export interface Winder {
  readonly before: unknown;
  readonly after: unknown;
  readonly outer: Winder | null;
  readonly depth: number;
}

export interface HandlerList {
  readonly handler: unknown;
  readonly outer: HandlerList | null;
}

export interface ParameterBinding {
  readonly parameter: Parameter;
  /** A box so `(p v)` inside a parameterize changes only that binding. */
  readonly cell: { value: unknown };
  readonly outer: ParameterBinding | null;
}

export class DynamicState {
  constructor(
    readonly winders: Winder | null,
    readonly handlers: HandlerList | null,
    readonly params: ParameterBinding | null,
    /** The innermost prompt of the continuation (its `outer` state holds the next one out). */
    readonly prompt: PromptFrame | null = null,
  ) {}

  withHandler(handler: unknown): DynamicState {
    return new DynamicState(this.winders, { handler, outer: this.handlers }, this.params, this.prompt);
  }

  withHandlers(handlers: HandlerList | null): DynamicState {
    return new DynamicState(this.winders, handlers, this.params, this.prompt);
  }

  withWinder(before: unknown, after: unknown): DynamicState {
    const depth = this.winders === null ? 1 : this.winders.depth + 1;
    return new DynamicState({ before, after, outer: this.winders, depth }, this.handlers, this.params, this.prompt);
  }

  withWinders(winders: Winder | null): DynamicState {
    return new DynamicState(winders, this.handlers, this.params, this.prompt);
  }

  withParameter(parameter: Parameter, value: unknown): DynamicState {
    return new DynamicState(this.winders, this.handlers, { parameter, cell: { value }, outer: withoutBinding(this.params, parameter) }, this.prompt);
  }

  /** A binding of `parameter` to an existing cell (an evaluator's own value of a library parameter). */
  withParameterCell(parameter: Parameter, cell: { value: unknown }): DynamicState {
    return new DynamicState(this.winders, this.handlers, { parameter, cell, outer: withoutBinding(this.params, parameter) }, this.prompt);
  }

  withPrompt(prompt: PromptFrame | null): DynamicState {
    return new DynamicState(this.winders, this.handlers, this.params, prompt);
  }

  /** The value `p` has in this state: its innermost binding's, else its global value. */
  valueOf(p: Parameter): unknown {
    const cell = this.parameterCell(p);
    return cell !== undefined ? cell.value : p.value;
  }

  /** The innermost binding of `p`, or undefined when it has its global value. */
  parameterCell(p: Parameter): { value: unknown } | undefined {
    for (let b = this.params; b !== null; b = b.outer) if (b.parameter === p) return b.cell;
    return undefined;
  }
}

/**
 * The bindings without the innermost one of `p`, which a new binding of `p` hides for good (the
 * entries above it are copied; the list it came from is unchanged). Without this, a loop that
 * parameterizes on every iteration in tail position would keep every binding it ever made.
 */
function withoutBinding(list: ParameterBinding | null, p: Parameter): ParameterBinding | null {
  const above: ParameterBinding[] = [];
  for (let b = list; b !== null; b = b.outer) {
    if (b.parameter === p) {
      let rest = b.outer;
      for (let i = above.length - 1; i >= 0; i--) rest = { parameter: above[i]!.parameter, cell: above[i]!.cell, outer: rest };
      return rest;
    }
    above.push(b);
  }
  return list;
}

export const EMPTY_DYNAMIC_STATE = new DynamicState(null, null, null);
