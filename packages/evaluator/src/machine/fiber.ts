// A fiber: one thread of Scheme evaluation, as registers of an explicit-continuation machine.
//
//   node/env  the next compiled node to execute and its environment (null node: return `val`)
//   val       the value just produced
//   k         the continuation (a linked list of frames on the heap)
//   dyn       winders, exception handlers, parameterizations and the innermost prompt
//
// `run` steps the machine until the fiber finishes, waits on a Promise, or uses its slice of
// fuel. Nothing recurses on the JS stack per Scheme call: tail calls replace node/env, non-tail
// evaluations push a frame, so loops run in constant space and recursion is bounded by the heap.

import { PRINT, VOID, listToArray, list as makeList, type PrintContext } from "@rlms/reader";
import { Node, type Env } from "../compile/node.js";
import { Exn, argumentsField, arityMismatch, contractViolation, errorValue, type BacktraceEntry } from "../errors/exn.js";
import { keywordApplicationError, keywordsNotAccepted, notAProcedure, type KeywordProcedureShape } from "../errors/application.js";
import { KeywordPrimitive, Primitive, formatArity } from "../values/primitive.js";
import { CaseLambda, Closure, Continuation, MISSING, MultipleValues, Parameter, type LambdaInfo } from "../values/procedures.js";
import { DynamicState, type Winder } from "./dynamic.js";
import { RestoreDynamicFrame } from "./dynamic-frames.js";
import { Frame } from "./frame.js";
import { ContinuationMarkSet } from "../values/marks.js";
import { DEFAULT_PROMPT_TAG, EscapeContinuation, RootPrompt, abortTo, applyContinuation, applyEscape, findPrompt } from "./prompts.js";
import type { Scheduler } from "./scheduler.js";

/** A primitive that works on the machine itself (call/cc, apply, dynamic-wind, raise...). */
export class ControlPrimitive {
  constructor(
    readonly name: string,
    readonly arity: readonly [number, number],
    /** Leaves the fiber as any node's exec does: `val` set, or `node`/`env` set, or frames pushed. */
    readonly run: (fiber: Fiber, args: unknown[]) => void,
  ) {}

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `#<procedure:${this.name}>`;
  }

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<procedure:${this.name}>`);
  }
}

/** "stopped": the run ended (`finish`) while this fiber was running or waiting; it never resumes. */
export type FiberState = "runnable" | "waiting" | "done" | "failed" | "stopped";

const ROOT_ENV: Env = [null];

/** Marks an object installed by `with-handlers` in the handler list (not a procedure). */
export interface HandlerInstallation {
  readonly kind: "with-handlers";
  readonly predicates: readonly unknown[];
  readonly handlers: readonly unknown[];
  readonly k: Frame;
  readonly dyn: DynamicState;
}

export class Fiber {
  node: Node | null = null;
  env: Env = ROOT_ENV;
  val: unknown = VOID;
  k: Frame;
  dyn: DynamicState;
  /** The application being executed, for error locations. */
  site: Node | undefined;

  state: FiberState = "runnable";
  result: unknown = undefined;
  /** The uncaught raised value when state is "failed". */
  error: unknown = undefined;
  private readonly doneCallbacks: ((f: Fiber) => void)[] = [];
  /** An error delivered by a rejected Promise, raised when the fiber resumes. */
  private pendingRaise: { value: unknown } | undefined;

  constructor(
    readonly scheduler: Scheduler,
    dyn: DynamicState,
    readonly id: number,
  ) {
    // Every fiber's continuation ends in its own root prompt (a spawned fiber does not share
    // the prompts of the fiber that spawned it).
    const root = new RootPrompt(dyn.withPrompt(null));
    this.k = root;
    this.dyn = root.outer.withPrompt(root);
  }

  /** Schedules the evaluation of `node` in `env`. */
  startNode(node: Node, env: Env = ROOT_ENV): void {
    this.node = node;
    this.env = env;
  }

  /** Schedules `(proc arg ...)`. */
  startApply(proc: unknown, args: unknown[]): void {
    this.node = new ApplyOnce(proc, args);
  }

  onDone(cb: (f: Fiber) => void): void {
    if (this.state === "done" || this.state === "failed") cb(this);
    else this.doneCallbacks.push(cb);
  }

  finish(v: unknown): void {
    this.state = "done";
    this.result = v;
    this.node = null;
    for (const cb of this.doneCallbacks.splice(0)) cb(this);
  }

  /** Ends this fiber without a result, because its run is over (`finish` from any fiber). */
  stop(): void {
    this.state = "stopped";
    this.node = null;
  }

  fail(e: unknown): void {
    this.state = "failed";
    this.error = e;
    this.node = null;
    for (const cb of this.doneCallbacks.splice(0)) cb(this);
  }

  /** Runs at most `steps` machine steps. Returns the steps not used. */
  run(steps: number): number {
    if (this.pendingRaise !== undefined) {
      const { value } = this.pendingRaise;
      this.pendingRaise = undefined;
      this.raiseGuarded(value);
    }
    while (this.state === "runnable" && steps > 0) {
      try {
        while (steps-- > 0) {
          const node = this.node;
          if (node !== null) {
            this.node = null;
            node.exec(this, this.env);
          } else {
            const k = this.k;
            this.k = k.next!;
            k.resume(this);
            if (this.state !== "runnable") break;
          }
          if (this.state !== "runnable") break;
        }
      } catch (e) {
        this.raiseGuarded(e);
      }
    }
    return steps;
  }

  private raiseGuarded(e: unknown): void {
    try {
      this.raise(toSchemeError(e, this), false);
    } catch (inner) {
      // Raising itself failed (a bug, or a broken handler list): end the fiber, never the host.
      this.fail(toSchemeError(inner, this));
    }
  }

  // ---- application -----------------------------------------------------------------------

  /** Tail-calls `fn` with `args` (positional only). */
  apply(fn: unknown, args: unknown[]): void {
    if (fn instanceof Closure) {
      const info = fn.info;
      if (info.plain) {
        if (args.length !== info.required) throw arityError(fn, args.length);
        const env = new Array(info.frameSize);
        env[0] = fn.env;
        for (let i = 0; i < args.length; i++) env[i + 1] = args[i];
        this.node = info.body!;
        this.env = env;
        return;
      }
      this.enterClosure(fn, args, undefined, undefined);
    } else if (fn instanceof Primitive) {
      if (args.length < fn.arity[0] || args.length > fn.arity[1]) throw arityMismatch(fn.name, formatArity(fn.arity), args.length);
      const r = fn.call(args);
      if (fn.async && r instanceof Promise) this.wait(r);
      else this.val = r;
    } else if (fn instanceof ControlPrimitive) {
      if (args.length < fn.arity[0] || args.length > fn.arity[1]) throw arityMismatch(fn.name, formatArity(fn.arity), args.length);
      fn.run(this, args);
    } else if (fn instanceof KeywordPrimitive) {
      this.applyKeywordPrimitive(fn, args, [], []);
    } else if (fn instanceof CaseLambda) {
      for (const c of fn.clauses) {
        const i = c.info;
        if (args.length === i.required || (i.hasRest && args.length >= i.required)) return this.apply(c, args);
      }
      throw arityMismatch(fn.name ?? "#<procedure>", caseLambdaArity(fn), args.length);
    } else if (fn instanceof Continuation) {
      applyContinuation(this, fn, args.length === 1 ? args[0] : new MultipleValues(args));
    } else if (fn instanceof EscapeContinuation) {
      applyEscape(this, fn, args);
    } else if (fn instanceof Parameter) {
      this.applyParameter(fn, args);
    } else {
      throw notAProcedure(fn);
    }
  }

  /** A call with keyword arguments: `kwNames` sorted and distinct. */
  applyKeywords(fn: unknown, args: unknown[], kwNames: readonly string[], kwValues: readonly unknown[]): void {
    if (fn instanceof Closure && fn.info.keywords.length > 0) return this.enterClosure(fn, args, kwNames, kwValues);
    if (fn instanceof KeywordPrimitive) return this.applyKeywordPrimitive(fn, args, kwNames, kwValues);
    // `(apply f args ... lst #:k v)` passes the keywords through to f.
    if (fn instanceof ControlPrimitive && fn.name === "apply" && kwNames.length > 0 && args.length >= 2) {
      const spread = listToArray(args[args.length - 1]);
      if (spread === undefined) throw contractViolation("apply", "list?", args[args.length - 1]);
      return this.applyKeywords(args[0], [...args.slice(1, -1), ...spread], kwNames, kwValues);
    }
    if (kwNames.length === 0) return this.apply(fn, args);
    if (isProcedure(fn)) throw keywordsNotAccepted(procedureName(fn), args, kwNames, kwValues);
    throw notAProcedure(fn, argumentsField(args, kwNames, kwValues));
  }

  private applyKeywordPrimitive(fn: KeywordPrimitive, args: unknown[], kwNames: readonly string[], kwValues: readonly unknown[]): void {
    const refused = () => keywordApplicationError(keywordShape(fn), args, kwNames, kwValues);
    if (args.length < fn.arity[0] || args.length > fn.arity[1]) throw refused();
    const kws = new Map<string, unknown>();
    kwNames.forEach((k, i) => {
      if (!fn.keywords.includes(k)) throw refused();
      kws.set(k, kwValues[i]);
    });
    for (const k of fn.required) if (!kws.has(k)) throw refused();
    const r = fn.fn(args, kws, this);
    if (fn.async && r instanceof Promise) this.wait(r);
    else this.val = r;
  }

  /** Binds optional, rest and keyword parameters; defaults are filled in by the body's prelude. */
  private enterClosure(fn: Closure, args: unknown[], kwNames: readonly string[] | undefined, kwValues: readonly unknown[] | undefined): void {
    const info: LambdaInfo = fn.info;
    const n = args.length;
    const maxPositional = info.required + info.optional;
    // Any check failing: the error Racket gives for the whole call (it checks in its own order).
    const refused = () => (info.keywords.length === 0 ? arityError(fn, n) : keywordApplicationError(keywordShape(fn), args, kwNames ?? [], kwValues ?? []));
    if (n < info.required || (!info.hasRest && n > maxPositional)) throw refused();
    const env = new Array(info.frameSize);
    env[0] = fn.env;
    let slot = 1;
    for (let i = 0; i < info.required; i++) env[slot++] = args[i];
    for (let i = 0; i < info.optional; i++) env[slot++] = info.required + i < n ? args[info.required + i] : MISSING;
    // Keyword parameters occupy the next slots (their `slot` fields), then the rest list.
    for (const kp of info.keywords) env[kp.slot] = MISSING;
    if (kwNames !== undefined) {
      for (let i = 0; i < kwNames.length; i++) {
        const kp = info.keywords.find((p) => p.keyword === kwNames[i]);
        if (kp === undefined) throw refused();
        env[kp.slot] = kwValues![i];
      }
    }
    for (const kp of info.keywords) if (kp.required && env[kp.slot] === MISSING) throw refused();
    if (info.hasRest) {
      const restSlot = 1 + maxPositional + info.keywords.length;
      env[restSlot] = n > maxPositional ? makeList(args.slice(maxPositional)) : makeList([]);
    }
    this.node = info.body!;
    this.env = env;
  }

  private applyParameter(p: Parameter, args: unknown[]): void {
    if (args.length === 0) {
      this.val = this.dyn.valueOf(p);
      return;
    }
    // Racket prints no "expected:" line for a parameter's [0, 1].
    if (args.length > 1) throw arityMismatch(procedureName(p), undefined, args.length);
    // Setting a parameter: through its guard, into the innermost binding (or the global value).
    const cell = this.dyn.parameterCell(p);
    const store = (v: unknown) => {
      if (cell !== undefined) cell.value = v;
      else p.value = v;
      return VOID;
    };
    if (p.guard === false) this.val = store(args[0]);
    else {
      this.k = new ThenFrame(this.k, (f) => {
        f.val = store(f.val);
      });
      this.apply(p.guard, [args[0]]);
    }
  }

  /** Suspends this fiber until `promise` settles: its value is returned, its rejection raised. */
  wait(promise: Promise<unknown>): void {
    this.state = "waiting";
    this.scheduler.waiting++;
    promise.then(
      (v) => {
        this.val = v;
        this.scheduler.wake(this);
      },
      (e) => {
        this.pendingRaise = { value: e };
        this.scheduler.wake(this);
      },
    );
  }

  // ---- continuations and dynamic-wind (prompts.ts applies continuations) ------------------------

  /**
   * Moves from the current winders to `target`: runs the `after` thunks of the winders being left
   * (innermost first) and the `before` thunks of those being entered (outermost first), each in
   * the dynamic state it was installed in, then calls `then`.
   */
  transfer(target: Winder | null, then: (f: Fiber) => void): void {
    const from = this.dyn.winders;
    const common = commonWinder(from, target);
    const steps: { thunk: unknown; winders: Winder | null }[] = [];
    for (let w = from; w !== common; w = w!.outer) steps.push({ thunk: w!.after, winders: w!.outer });
    const entering: Winder[] = [];
    for (let w = target; w !== common; w = w!.outer) entering.push(w!);
    for (let i = entering.length - 1; i >= 0; i--) steps.push({ thunk: entering[i]!.before, winders: entering[i]!.outer });
    this.runSteps(steps, 0, then);
  }

  private runSteps(steps: { thunk: unknown; winders: Winder | null }[], i: number, then: (f: Fiber) => void): void {
    if (i >= steps.length) return then(this);
    const step = steps[i]!;
    this.dyn = this.dyn.withWinders(step.winders);
    this.k = new ThenFrame(this.k, (f) => f.runSteps(steps, i + 1, then));
    this.apply(step.thunk, []);
  }

  // ---- exceptions ------------------------------------------------------------------------------

  /** Raises `value` to the innermost handler. `continuable`: the handler's result returns here. */
  raise(value: unknown, continuable: boolean): void {
    if (value instanceof Exn) value.setMarksIfMissing(new ContinuationMarkSet(this.k, DEFAULT_PROMPT_TAG));
    if (value instanceof Exn && value.backtrace === undefined) {
      const trace = this.backtrace();
      if (value.srcloc === undefined) value.locate(this.site?.loc, this.site?.owner);
      // An error raised inside a simple expression knows its own call; it comes first.
      else if (trace[0]?.loc !== value.srcloc) {
        if (trace[0]?.name === value.procedure && value.procedure !== undefined) trace[0] = { name: value.procedure, loc: value.srcloc };
        else trace.unshift({ name: value.procedure, loc: value.srcloc });
      }
      value.backtrace = trace;
    }
    const handlers = this.dyn.handlers;
    if (handlers === null) {
      this.uncaught(value);
      return;
    }
    const h = handlers.handler;
    if (isInstallation(h)) {
      // with-handlers: escape to its frame, then choose a handler there.
      this.transfer(h.dyn.winders, () => {
        this.k = h.k;
        this.dyn = h.dyn;
        this.selectHandler(h, value, 0);
      });
      return;
    }
    const outer = this.dyn;
    this.dyn = this.dyn.withHandlers(handlers.outer);
    if (continuable) {
      this.k = new RestoreDynamicFrame(this.k, outer);
    } else {
      // Returning from the handler is itself an error, raised to the handlers outside this one
      // (the handler's own dynamic state is still in place), so it cannot loop back into it.
      this.k = new ThenFrame(this.k, () => {
        throw new Exn("exn:fail", `exception handler returned from a non-continuable raise\n  raised: ${errorValue(value)}`);
      });
    }
    this.apply(h, [value]);
  }

  /**
   * No handler: under a `call-with-continuation-prompt` for the default tag the error is displayed
   * and the prompt's handler gets a `void` thunk (Racket's uncaught-exception and error escape
   * handlers); at a program's top level it ends the program.
   */
  private uncaught(value: unknown): void {
    const prompt = findPrompt(this.dyn, DEFAULT_PROMPT_TAG);
    if (prompt === undefined || !prompt.catchesUncaught) {
      this.fail(value);
      return;
    }
    const display = errorDisplay;
    if (display === undefined) {
      abortTo(this, prompt, [VOID_THUNK]);
      return;
    }
    this.k = new ThenFrame(this.k, (f) => abortTo(f, prompt, [VOID_THUNK]));
    display(this, value);
  }

  private selectHandler(h: HandlerInstallation, value: unknown, i: number): void {
    if (i >= h.predicates.length) {
      // No predicate matched: re-raise from the with-handlers expression's context.
      this.raise(value, false);
      return;
    }
    this.k = new ThenFrame(this.k, (f) => {
      if (f.val !== false) f.apply(h.handlers[i], [value]);
      else f.selectHandler(h, value, i + 1);
    });
    this.apply(h.predicates[i], [value]);
  }

  /**
   * Procedure names and call sites, innermost first (at most 30). Several frames of one procedure
   * activation (a call nested in an argument of another call) show as one line, its innermost.
   */
  backtrace(): BacktraceEntry[] {
    const out: BacktraceEntry[] = [];
    const add = (name: string | undefined, loc: BacktraceEntry["loc"]) => {
      if (out.length > 0 && out[out.length - 1]!.name === name && name !== undefined) return;
      out.push({ name, loc });
    };
    if (this.site !== undefined) add(this.site.owner, this.site.loc);
    for (let k: Frame | null = this.k; k !== null && out.length < 30; k = k.next) {
      const s = k.site;
      if (s !== undefined) add(s.name, s.loc);
    }
    return out;
  }
}

/**
 * How an exception nobody caught is shown before its prompt's handler runs (set by the library,
 * which has the ports): it runs on the fiber, leaving it as a primitive would.
 */
let errorDisplay: ((f: Fiber, value: unknown) => void) | undefined;
export function setUncaughtErrorDisplay(display: (f: Fiber, value: unknown) => void): void {
  errorDisplay = display;
}

/** The thunk Racket's error escape handler aborts with: `void`. */
const VOID_THUNK = new Primitive("void", [0, Infinity], () => VOID);

/** A frame that runs a callback with the fiber when a value arrives. */
export class ThenFrame extends Frame {
  constructor(
    next: Frame,
    private readonly then: (f: Fiber) => void,
  ) {
    super(next);
  }
  resume(f: Fiber): void {
    this.then(f);
  }
}

/** The node a fiber starts with when it is created to apply a procedure. */
class ApplyOnce extends Node {
  constructor(
    private readonly proc: unknown,
    private readonly args: unknown[],
  ) {
    super();
  }
  exec(f: Fiber): void {
    f.apply(this.proc, this.args);
  }
}

function isInstallation(h: unknown): h is HandlerInstallation {
  return typeof h === "object" && h !== null && (h as { kind?: unknown }).kind === "with-handlers";
}

function commonWinder(a: Winder | null, b: Winder | null): Winder | null {
  while (a !== b) {
    const da = a?.depth ?? 0;
    const db = b?.depth ?? 0;
    if (da >= db) a = a!.outer;
    else b = b!.outer;
  }
  return a;
}

/** A procedure that takes keywords, as its errors describe it. */
function keywordShape(fn: Closure | KeywordPrimitive): KeywordProcedureShape {
  if (fn instanceof KeywordPrimitive) return { who: fn.name, arity: fn.arity, required: fn.required, allowed: fn.keywords };
  const keywords = fn.info.keywords;
  return {
    who: procedureName(fn),
    arity: fn.info.arity,
    required: keywords.filter((k) => k.required).map((k) => k.keyword),
    allowed: keywords.map((k) => k.keyword),
  };
}

/** `procedure?`: the values `apply` knows how to call. */
export function isProcedure(x: unknown): boolean {
  return (
    x instanceof Closure ||
    x instanceof Primitive ||
    x instanceof ControlPrimitive ||
    x instanceof KeywordPrimitive ||
    x instanceof CaseLambda ||
    x instanceof Continuation ||
    x instanceof EscapeContinuation ||
    x instanceof Parameter
  );
}

/** The name error messages give a procedure: an anonymous one is named by its location, as in Racket. */
export function procedureName(fn: unknown): string {
  if (fn instanceof Closure) return fn.info.name ?? fn.info.loc ?? "#<procedure>";
  if (fn instanceof Primitive || fn instanceof ControlPrimitive || fn instanceof KeywordPrimitive) return fn.name;
  if (fn instanceof CaseLambda) return fn.name ?? "#<procedure>";
  if (fn instanceof Parameter) return fn.name ?? "parameter-procedure";
  return errorValue(fn);
}

/**
 * How Racket describes a case-lambda's arity in an arity error: only when its clauses together
 * accept one count ("2") or one open range ("at least 2"); otherwise it says nothing.
 */
function caseLambdaArity(fn: CaseLambda): string | undefined {
  const ranges = fn.clauses
    .map((c) => [c.info.required, c.info.hasRest ? Infinity : c.info.required + c.info.optional] as const)
    .sort((a, b) => a[0] - b[0]);
  let [min, max] = ranges[0] ?? [0, -1];
  for (const [lo, hi] of ranges.slice(1)) {
    if (lo > max + 1) return undefined;
    max = Math.max(max, hi);
  }
  if (max === Infinity) return `at least ${min}`;
  return min === max ? String(min) : undefined;
}

/** A positional-count error of a closure that takes no keywords. */
function arityError(fn: Closure, given: number): Exn {
  return arityMismatch(procedureName(fn), fn.info.arityText(), given);
}

/** Anything thrown inside the machine, as a value Scheme code can catch. */
export function toSchemeError(e: unknown, _f: Fiber): unknown {
  if (e instanceof Exn) return e;
  if (e instanceof RaisedValue) return e.value;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new Exn("exn:fail:resource", "stack overflow inside a library procedure (the data is too deeply nested)");
  }
  if (e instanceof Error) return new Exn("exn:fail", `internal error: ${e.message}`);
  return e;
}

/** Thrown by primitives that raise an arbitrary Scheme value (`raise` called from TS code). */
export class RaisedValue {
  constructor(readonly value: unknown) {}
}

export { listToArray, contractViolation };
