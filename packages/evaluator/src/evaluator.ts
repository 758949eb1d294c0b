// The evaluator as a whole: read → expand → compile → run on fibers.

import { DatumReader, ReadError, outline, type OutlineEntry, type Syntax } from "@rlms/reader";
import { compile } from "./compile/compiler.js";
import { Seq, Const, type Node } from "./compile/node.js";
import { Program } from "./compile/program.js";
import { Exn } from "./errors/exn.js";
import { TopLevel } from "./expand/namespace.js";
import type { Transformer } from "./expand/binding.js";
import { expandLibrary, expandProgram, type UnreadDefinition } from "./expand/top-level.js";
import { CONTROL_PRIMITIVES } from "./library/control.js";
import { KERNEL_DATA } from "./library/kernel-data.js";
import { setKernelProcedures } from "./expand/core-forms.js";
import { EMPTY_DYNAMIC_STATE, type DynamicState } from "./machine/dynamic.js";
import { RunInterrupted, Scheduler, type RunLimits } from "./machine/scheduler.js";
import { PRINT, VOID, type PrintContext } from "@rlms/reader";
import { ControlPrimitive, type Fiber } from "./machine/fiber.js";
import { contractViolation } from "./errors/exn.js";
import { definePrimitive } from "./values/primitive.js";
import { Parameter } from "./values/procedures.js";
import { datumToSyntax } from "./expand/shape.js";

export type RunResult =
  | { readonly status: "ok"; readonly value: unknown }
  /** A fiber called the scaffold's `finish` (Scheduler.finishRun): the run's answer. */
  | { readonly status: "finished"; readonly value: unknown }
  /** A raised value nobody caught (usually an Exn), or a read or syntax error. */
  | { readonly status: "error"; readonly error: unknown }
  | { readonly status: "timeout" | "cancelled" | "fuel"; readonly message: string };

export interface RunOptions extends RunLimits {
  /** File name for source locations (default "string"). */
  source?: string;
  /** Dynamic state the program starts in (parameter bindings such as the output port). */
  dynamicState?: DynamicState;
}

export interface EvaluatorOptions {
  /** Library bindings added on top of the kernel (name → value). */
  library?: Iterable<readonly [string, unknown]>;
  /** Library macros written in TypeScript (name → transformer). */
  macros?: Iterable<readonly [string, Transformer]>;
}

export class Evaluator {
  readonly namespace = new TopLevel();

  constructor(options: EvaluatorOptions = {}) {
    for (const [name, value] of KERNEL_DATA) this.namespace.defineLibrary(name, value);
    for (const [name, value] of CONTROL_PRIMITIVES) this.namespace.defineLibrary(name, value);
    setKernelProcedures(this.namespace.lookupLibrary("apply"), this.namespace.lookupLibrary("values"));
    for (const [name, value] of namespaceProcedures(this)) this.namespace.defineLibrary(name, value);
    for (const [name, value] of options.library ?? []) this.namespace.defineLibrary(name, value);
    for (const [name, transformer] of options.macros ?? []) this.namespace.defineMacro(name, transformer);
  }

  /**
   * Defines library procedures written in Scheme: the program runs once, and the bindings it
   * defines become constant library bindings (visible to all code, shadowable, not mutable).
   */
  loadLibrary(text: string, source: string, outlined?: readonly OutlineEntry[]): void {
    const forms = libraryForms(text, source, outlined);
    const core = expandLibrary(forms, this.namespace, (value) => runLibraryCode(compile(value)));
    runLibraryCode(sequence(core.map(compile)));
    for (const c of core) if (c.kind === "define-global") c.cells.forEach((cell) => cell.seal());
  }

  /** Reads, expands and compiles a program. Throws ReadError or a syntax Exn. */
  prepare(text: string, source = "string"): Node {
    const forms = new DatumReader(text, { source, positions: true }).readAll() as Syntax[];
    const core = expandProgram(forms, this.namespace);
    const nodes = core.map(compile);
    return nodes.length <= 1 ? sequence(nodes) : new Program(nodes);
  }

  /** Runs a program to completion, letting fibers wait on Promises. */
  async run(text: string, options: RunOptions = {}): Promise<RunResult> {
    const started = this.start(text, options);
    if (!(started instanceof Scheduler)) return started;
    try {
      await started.run(started.root);
    } catch (e) {
      return interruption(e);
    }
    return outcome(started);
  }

  /** Runs a program that never waits on a Promise (tests, pure computation). */
  runSync(text: string, options: RunOptions = {}): RunResult {
    const started = this.start(text, options);
    if (!(started instanceof Scheduler)) return started;
    try {
      started.runSync(started.root);
    } catch (e) {
      return interruption(e);
    }
    return outcome(started);
  }

  /** A scheduler whose root fiber is ready to run the program, or the read/syntax error. */
  private start(text: string, options: RunOptions): (Scheduler & { root: Fiber }) | RunResult {
    let node: Node;
    try {
      node = this.prepare(text, options.source);
    } catch (e) {
      return compileFailure(e);
    }
    const scheduler = new Scheduler(options);
    let dyn = options.dynamicState ?? EMPTY_DYNAMIC_STATE;
    for (const [p, cell] of this.ownParameters) if (dyn.parameterCell(p) === undefined) dyn = dyn.withParameterCell(p, cell);
    const root = scheduler.spawn(dyn);
    root.startNode(node);
    return Object.assign(scheduler, { root });
  }

  /** This evaluator's values of library parameters (see isolateParameter). */
  private readonly ownParameters = new Map<Parameter, { value: unknown }>();

  /**
   * Gives this evaluator its own value of a parameter made once per process (a library's
   * `json-null`): every run starts with a binding of it to a cell this evaluator keeps, so setting
   * it outside `parameterize` lasts from run to run here and is never seen by another evaluator.
   */
  isolateParameter(p: Parameter): void {
    if (!this.ownParameters.has(p)) this.ownParameters.set(p, { value: p.value });
  }
}

/**
 * The forms of a library file: each `(define name ...)` and syntax definition stays unread until
 * its name is first used (the outline finds it from the tokens, or comes precomputed), the rest is
 * read now. A text the
 * outline cannot handle is read whole.
 */
function libraryForms(text: string, source: string, outlined?: readonly OutlineEntry[]): (Syntax | UnreadDefinition)[] {
  const entries = outlined ?? outline(text);
  if (entries === undefined) return new DatumReader(text, { source, positions: true }).readAll() as Syntax[];
  return entries.map((entry) => {
    const read = () => new DatumReader(text.slice(entry.origin.offset, entry.end), { source, positions: true, origin: entry.origin }).next() as Syntax;
    if (entry.defines !== undefined) return { kind: "define", name: entry.defines, read };
    if (entry.definesSyntax !== undefined) return { kind: "define-syntax", name: entry.definesSyntax, read };
    return read();
  });
}

/** Runs library code to completion (it never waits); a failure is a bug in the library. */
function runLibraryCode(node: Node): unknown {
  if (node.simple) return node.ev([null]);
  const scheduler = new Scheduler();
  const root = scheduler.spawn();
  root.startNode(node);
  scheduler.runSync(root);
  if (root.state === "failed") throw root.error;
  return root.result;
}

function outcome({ root, finished }: Scheduler & { root: Fiber }): RunResult {
  if (finished !== undefined) return { status: "finished", value: finished.value };
  return root.state === "done" ? { status: "ok", value: root.result } : { status: "error", error: root.error };
}

/** A run stopped by its limits (or an error raised outside any fiber). */
function interruption(e: unknown): RunResult {
  if (e instanceof RunInterrupted) return { status: e.reason, message: e.message };
  if (e instanceof Exn) return { status: "error", error: e };
  throw e;
}

/** The namespace as a value: `eval`'s optional argument, `make-base-namespace`, `current-namespace`. */
class NamespaceValue {
  [PRINT](ctx: PrintContext): void {
    ctx.text("#<namespace>");
  }
}

/**
 * `eval` and the namespace procedures. There is one namespace per evaluator (a sandbox's top
 * level): `eval` runs code there whatever namespace argument it is given, which is what programs
 * written as `(eval expr (make-base-namespace))` expect of a scripting sandbox.
 */
function namespaceProcedures(ev: Evaluator): Array<readonly [string, unknown]> {
  const ns = new NamespaceValue();
  const evalPrimitive = new ControlPrimitive("eval", [1, 2], (f, [datum, namespace]) => {
    if (namespace !== undefined && !(namespace instanceof NamespaceValue)) throw contractViolation("eval", "namespace?", namespace);
    const core = expandProgram([datumToSyntax(datum, []) as Syntax], ev.namespace);
    f.node = sequence(core.map(compile));
    f.env = [null];
  });
  return [
    ["eval", evalPrimitive],
    ["make-base-namespace", definePrimitive("make-base-namespace", 0, () => ns)],
    ["namespace?", definePrimitive("namespace?", 1, (x: unknown) => x instanceof NamespaceValue)],
    ["current-namespace", new Parameter(ns, false, "current-namespace")],
    ["namespace-anchor->namespace", definePrimitive("namespace-anchor->namespace", 1, () => ns)],
  ];
}

/** Top-level forms run in order; an empty program is void. */
function sequence(nodes: Node[]): Node {
  if (nodes.length === 0) return new Const(VOID);
  return nodes.length === 1 ? nodes[0]! : new Seq(nodes);
}

function compileFailure(e: unknown): RunResult {
  if (e instanceof ReadError) {
    const exn = new Exn("exn:fail:read", e.message, { source: e.source, line: e.line, column: e.column, offset: e.offset, span: 1 });
    return { status: "error", error: exn };
  }
  if (e instanceof Exn) return { status: "error", error: e };
  throw e;
}
