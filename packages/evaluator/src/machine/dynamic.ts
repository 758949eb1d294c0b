// The dynamic state a continuation carries besides its frames: dynamic-wind winders, exception
// handlers and parameterizations. All three are immutable linked lists, so capturing them is free
// and a continuation restores exactly the state it was captured in.

import type { Parameter } from "../values/procedures.js";

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
  ) {}

  withHandler(handler: unknown): DynamicState {
    return new DynamicState(this.winders, { handler, outer: this.handlers }, this.params);
  }

  withHandlers(handlers: HandlerList | null): DynamicState {
    return new DynamicState(this.winders, handlers, this.params);
  }

  withWinder(before: unknown, after: unknown): DynamicState {
    const depth = this.winders === null ? 1 : this.winders.depth + 1;
    return new DynamicState({ before, after, outer: this.winders, depth }, this.handlers, this.params);
  }

  withWinders(winders: Winder | null): DynamicState {
    return new DynamicState(winders, this.handlers, this.params);
  }

  withParameter(parameter: Parameter, value: unknown): DynamicState {
    return new DynamicState(this.winders, this.handlers, { parameter, cell: { value }, outer: this.params });
  }

  /** The innermost binding of `p`, or undefined when it has its global value. */
  parameterCell(p: Parameter): { value: unknown } | undefined {
    for (let b = this.params; b !== null; b = b.outer) if (b.parameter === p) return b.cell;
    return undefined;
  }
}

export const EMPTY_DYNAMIC_STATE = new DynamicState(null, null, null);
