// Syntax objects as the scaffold uses them: `llm-query` returns the model's text wrapped in a
// syntax object carrying where it came from, so that text from a model is never spliced into a
// string or into code by accident (string procedures reject it until `syntax-e` unwraps it).
// `datum->syntax` wraps generated code for `unsafe-exec-sub-output`.

import { Syntax, syntaxToDatum } from "@rlms/reader";
import { definePrimitive } from "@rlms/evaluator";

/** A model's answer: the text, and the call that produced it. Prints as `#<syntax "...">`. */
export class ModelText extends Syntax {
  constructor(
    text: string,
    readonly callId: string,
    readonly model: string,
    readonly tokens: number,
  ) {
    super(text, undefined, []);
  }

  get text(): string {
    return this.e as string;
  }
}

/** The value inside any number of syntax wrappers. */
export function unwrapSyntax(x: unknown): unknown {
  while (x instanceof Syntax) x = x.e;
  return x;
}

export const SYNTAX_VALUE_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  // Unlike Racket's, the scaffold's syntax-e accepts a plain value and returns it (scaffold.md):
  // code written for both plain strings and wrapped answers works unchanged.
  ["syntax-e", definePrimitive("syntax-e", 1, (x: unknown) => (x instanceof Syntax ? x.e : x))],
  ["syntax->datum", definePrimitive("syntax->datum", 1, (x: unknown) => (x instanceof Syntax ? syntaxToDatum(x) : x))],
  ["datum->syntax", definePrimitive("datum->syntax", [2, 5], (_ctx: unknown, v: unknown) => (v instanceof Syntax ? v : new Syntax(v, undefined, [])))],
  ["syntax?", definePrimitive("syntax?", 1, (x: unknown) => x instanceof Syntax)],
];
