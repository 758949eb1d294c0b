// Output ports. The runtime decides where the root port's text goes (a terminal, a buffer kept
// with a run's result); string ports collect text for `open-output-string` and
// `with-output-to-string`.

import { PRINT, type PrintContext } from "@rlms/reader";
import { Parameter } from "@rlms/evaluator";

export class OutputPort {
  constructor(
    private readonly sink: (text: string) => void,
    readonly name: string,
  ) {}

  write(text: string): void {
    if (text.length > 0) this.sink(text);
  }

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<output-port:${this.name}>`);
  }
}

export class StringOutputPort extends OutputPort {
  private chunks: string[] = [];
  constructor() {
    const chunks: string[] = [];
    super((t) => chunks.push(t), "string");
    this.chunks = chunks;
  }
  contents(): string {
    const s = this.chunks.join("");
    this.chunks.length = 0;
    this.chunks.push(s);
    return s;
  }
  reset(): void {
    this.chunks.length = 0;
  }
}

/** Text written before the runtime attaches a real port goes nowhere visible: to stderr, to be seen. */
const fallback = new OutputPort((t) => process.stderr.write(t), "stdout");
const fallbackErr = new OutputPort((t) => process.stderr.write(t), "stderr");

export const currentOutputPort = new Parameter(fallback, false, "current-output-port");
export const currentErrorPort = new Parameter(fallbackErr, false, "current-error-port");
