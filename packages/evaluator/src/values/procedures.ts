// Procedure values the machine applies: closures, case-lambda, continuations, parameters.

import { PRINT, type PrintContext } from "@rlms/reader";
import type { Env, Node } from "../compile/node.js";
import type { DynamicState } from "../machine/dynamic.js";
import type { Frame } from "../machine/frame.js";
import type { PromptFrame } from "../machine/prompts.js";
import { formatArity, keywordArityText, type Arity } from "./primitive.js";

/** A parameter that was not supplied (optional or keyword); the lambda's prelude fills it in. */
export const MISSING: unique symbol = Symbol("missing argument");
/** A letrec/internal-definition variable before its initialisation. */
export const UNASSIGNED: unique symbol = Symbol("unassigned");

export interface KeywordParam {
  readonly keyword: string;
  readonly slot: number;
  readonly required: boolean;
}

/** What the compiler knows about a lambda; shared by all closures made from it. */
export class LambdaInfo {
  constructor(
    readonly name: string | undefined,
    readonly required: number,
    readonly optional: number,
    readonly hasRest: boolean,
    /** Sorted by keyword name. */
    readonly keywords: readonly KeywordParam[],
    /** Slots in the frame: 1 (parent) + parameters + the body's internal definitions (set by the compiler). */
    public frameSize: number,
    /** The compiled body (set by the compiler once it is compiled). */
    public body: Node | undefined,
    readonly loc: string | undefined,
  ) {}

  /** True when a call needs nothing but a positional count check. */
  get plain(): boolean {
    return this.optional === 0 && !this.hasRest && this.keywords.length === 0;
  }

  /** The positional argument counts it accepts, [min, max]. */
  get arity(): Arity {
    return [this.required, this.hasRest ? Infinity : this.required + this.optional];
  }

  /**
   * Racket's "expected:" text for arity errors: none for a bounded range of positional counts
   * (optional arguments), unless the procedure takes keywords (`1 plus an optional argument
   * with keyword #:k`).
   */
  arityText(): string | undefined {
    if (this.keywords.length === 0) return formatArity(this.arity);
    return keywordArityText(
      this.arity,
      this.keywords.filter((k) => k.required).map((k) => k.keyword),
      this.keywords.map((k) => k.keyword),
    );
  }
}

export class Closure {
  constructor(
    readonly info: LambdaInfo,
    readonly env: Env,
  ) {}

  get name(): string | undefined {
    return this.info.name;
  }

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<procedure${this.info.name !== undefined ? ":" + this.info.name : this.info.loc !== undefined ? ":" + this.info.loc : ""}>`);
  }
}

export class CaseLambda {
  constructor(
    readonly name: string | undefined,
    readonly clauses: readonly Closure[],
  ) {}

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<procedure${this.name !== undefined ? ":" + this.name : ""}>`);
  }
}

/**
 * A first-class continuation (call/cc, call-with-composable-continuation): the frames to return
 * through, down to the prompt it was captured up to, and the dynamic state to restore
 * (machine/prompts.ts applies it). Racket 8.7 prints continuations as `#<procedure>`.
 */
export class Continuation {
  constructor(
    readonly k: Frame,
    readonly dyn: DynamicState,
    /** The nearest prompt for the capture's tag: the continuation ends there. */
    readonly prompt: PromptFrame,
    /** Composable: applying it runs its frames on top of the current continuation and returns. */
    readonly composable: boolean,
  ) {}

  [PRINT](ctx: PrintContext): void {
    ctx.text("#<procedure>");
  }
}

/** Racket's parameters: a procedure whose value depends on the dynamic extent (`parameterize`). */
export class Parameter {
  constructor(
    public value: unknown,
    /** Applied to new values (from `parameterize` and from calling the parameter with a value). */
    readonly guard: unknown,
    readonly name: string | undefined,
  ) {}

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<procedure:${this.name ?? "parameter-procedure"}>`);
  }
}

/** Several values in flight (from `values`); one value is never wrapped. */
export class MultipleValues {
  constructor(readonly values: readonly unknown[]) {}
}
