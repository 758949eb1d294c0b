// Procedures that work on the machine itself: continuations, dynamic-wind, multiple values,
// exceptions, parameters, promises and fibers. Each is a ControlPrimitive: it gets the fiber and
// leaves it as a node's exec would (a value, a tail call, or frames pushed).

import { Keyword, NIL, Pair, VOID, listToArray, list as makeList, display, isSchemeString, stringValue, Sym } from "@rlms/reader";
import { Exn, contractViolation, errorValue } from "../errors/exn.js";
import { ControlPrimitive, ThenFrame, isProcedure, type Fiber, type HandlerInstallation } from "../machine/fiber.js";
import { MultipleValues, Parameter } from "../values/procedures.js";
import { Primitive, definePrimitive } from "../values/primitive.js";
import { valuesOf } from "../compile/node.js";
import { RestoreDynamicFrame, WindFrame, enterTailTransparent } from "../machine/dynamic-frames.js";
import { DEFAULT_PROMPT_TAG, PromptTag, callWithEscape, captureContinuation, setProcedureTest } from "../machine/prompts.js";
import { runAtProgramEnd } from "../compile/program.js";
// delimited.ts uses isProcedure from here only when its procedures run, so the cycle is safe.
import { DELIMITED_CONTROL_PRIMITIVES } from "./delimited.js";

const control = (name: string, arity: number | readonly [number, number], run: (f: Fiber, args: unknown[]) => void) =>
  new ControlPrimitive(name, typeof arity === "number" ? [arity, arity] : arity, run);

export { isProcedure };
setProcedureTest(isProcedure);

function checkProcedure(who: string, x: unknown, expected = "procedure?"): void {
  if (!isProcedure(x)) throw contractViolation(who, expected, x);
}

function listArg(who: string, x: unknown): unknown[] {
  const xs = listToArray(x);
  if (xs === undefined) throw contractViolation(who, "list?", x);
  return xs;
}

// ---- continuations -----------------------------------------------------------------------------

/** `(call/cc proc [tag])`: the continuation up to the nearest prompt for the tag. */
const callcc = (name: string) =>
  control(name, [1, 2], (f, [proc, tag = DEFAULT_PROMPT_TAG]) => {
    checkProcedure(name, proc, "(procedure-arity-includes/c 1)");
    if (!(tag instanceof PromptTag)) throw contractViolation(name, "continuation-prompt-tag?", tag);
    f.apply(proc, [captureContinuation(f, tag, false, "call-with-current-continuation")]);
  });

const callec = (name: string) =>
  control(name, 1, (f, [proc]) => {
    checkProcedure(name, proc, "(procedure-arity-includes/c 1)");
    callWithEscape(f, proc);
  });

/** `(dynamic-wind before thunk after)`. */
const dynamicWind = control("dynamic-wind", 3, (f, [before, thunk, after]) => {
  for (const p of [before, thunk, after]) checkProcedure("dynamic-wind", p);
  const outer = f.dyn;
  f.k = new ThenFrame(f.k, (f1) => {
    // The thunk runs inside the winder; its normal exit runs `after` outside it (WindFrame).
    f1.dyn = outer.withWinder(before, after);
    f1.k = new WindFrame(f1.k, outer, after);
    f1.apply(thunk, []);
  });
  f.apply(before, []);
});

// ---- values ------------------------------------------------------------------------------------

const values = control("values", [0, Infinity], (f, args) => {
  f.val = args.length === 1 ? args[0] : new MultipleValues(args);
});

const callWithValues = control("call-with-values", 2, (f, [producer, consumer]) => {
  checkProcedure("call-with-values", producer);
  checkProcedure("call-with-values", consumer);
  f.k = new ThenFrame(f.k, (f1) => f1.apply(consumer, [...valuesOf(f1.val)]));
  f.apply(producer, []);
});

/** `(keyword-apply f '(#:a #:b) '(1 2) pos ... lst)`: keywords sorted, as Racket requires. */
const keywordApply = control("keyword-apply", [3, Infinity], (f, args) => {
  const [proc, kws, vals, ...rest] = args;
  const names = listArg("keyword-apply", kws).map((k) => {
    if (!(k instanceof Keyword)) throw contractViolation("keyword-apply", "(listof keyword?)", kws);
    return k.name;
  });
  const values = listArg("keyword-apply", vals);
  if (values.length !== names.length) throw contractViolation("keyword-apply", `(list/c ${names.map(() => "any/c").join(" ")})`, vals);
  const positional = rest.length === 0 ? [] : [...rest.slice(0, -1), ...listArg("keyword-apply", rest[rest.length - 1])];
  const order = names.map((_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  f.applyKeywords(
    proc,
    positional,
    order.map((i) => names[i]!),
    order.map((i) => values[i]),
  );
});

const apply = control("apply", [1, Infinity], (f, args) => {
  const proc = args[0];
  if (args.length === 1) return f.apply(proc, []);
  const last = args[args.length - 1];
  const spread = listToArray(last);
  if (spread === undefined) throw contractViolation("apply", "list?", last);
  f.apply(proc, [...args.slice(1, -1), ...spread]);
});

// ---- exceptions --------------------------------------------------------------------------------

const raise = control("raise", [1, 2], (f, [v]) => f.raise(v, false));
const raiseContinuable = control("raise-continuable", 1, (f, [v]) => f.raise(v, true));

const withExceptionHandler = control("with-exception-handler", 2, (f, [handler, thunk]) => {
  checkProcedure("with-exception-handler", handler);
  checkProcedure("with-exception-handler", thunk);
  enterTailTransparent(f, f.dyn.withHandler(handler));
  f.apply(thunk, []);
});

/** `(with-handlers ([pred handler] ...) body ...)` expands to this. */
const callWithHandlers = control("call-with-handlers", 3, (f, [preds, handlers, thunk]) => {
  const predicates = listArg("with-handlers", preds);
  const hs = listArg("with-handlers", handlers);
  predicates.forEach((p) => checkProcedure("with-handlers", p));
  hs.forEach((h) => checkProcedure("with-handlers", h));
  const outer = f.dyn;
  // The installation records where to escape to: this call's continuation and dynamic state.
  const installation: HandlerInstallation = { kind: "with-handlers", predicates, handlers: hs, k: f.k, dyn: outer };
  f.k = new RestoreDynamicFrame(f.k, outer);
  f.dyn = outer.withHandler(installation);
  f.apply(thunk, []);
});

/** The value a `guard` handler returns when no clause matched: the exception is raised again. */
export const GUARD_NO_MATCH = Object.freeze({ guardNoMatch: true });

const callWithGuard = control("call-with-guard", 2, (f, [handler, thunk]) => {
  const outer = f.dyn;
  const installation: HandlerInstallation = {
    kind: "with-handlers",
    predicates: [definePrimitive("guard-any", 1, () => true)],
    handlers: [
      new ControlPrimitive("guard-handler", [1, 1], (g, [exn]) => {
        g.k = new ThenFrame(g.k, (g1) => {
          if (g1.val === GUARD_NO_MATCH) g1.raise(exn, false);
        });
        g.apply(handler, [exn]);
      }),
    ],
    k: f.k,
    dyn: outer,
  };
  f.k = new RestoreDynamicFrame(f.k, outer);
  f.dyn = outer.withHandler(installation);
  f.apply(thunk, []);
});

function messageText(who: string, x: unknown): string {
  if (!isSchemeString(x)) throw contractViolation(who, "string?", x);
  return stringValue(x);
}

/**
 * `(error 'who "format ~a" v ...)`, `(error "message" v ...)`, `(error 'sym)`: Racket's three
 * shapes. The formatting of `~a`-style directives in the first shape is done by `format` when the
 * library supplies it; the kernel handles `~a`, `~s`, `~v` and `~%` itself.
 */
export function errorMessage(args: unknown[]): string {
  const [first, ...rest] = args;
  if (first instanceof Sym) {
    if (rest.length === 0) return `error: ${first.name}`;
    const fmt = messageText("error", rest[0]);
    return `${first.name}: ${formatDirectives(fmt, rest.slice(1))}`;
  }
  const msg = messageText("error", first);
  return [msg, ...rest.map((v) => errorValue(v))].join(" ");
}

import { print, write } from "@rlms/reader";
function formatDirectives(fmt: string, args: unknown[]): string {
  let i = 0;
  return fmt.replace(/~([asve%n~])/gi, (_, d: string) => {
    switch (d.toLowerCase()) {
      case "%":
      case "n":
        return "\n";
      case "~":
        return "~";
      case "a":
        return display(args[i++]);
      case "s":
        return write(args[i++]);
      default:
        return print(args[i++]);
    }
  });
}

const error = definePrimitive("error", [1, Infinity], (...args: unknown[]) => {
  throw new Exn("exn:fail", errorMessage(args));
});

const raiseArgumentError = definePrimitive("raise-argument-error", [3, Infinity], (name: unknown, expected: unknown, v: unknown, ...more: unknown[]) => {
  const who = name instanceof Sym ? name.name : display(name);
  const exp = messageText("raise-argument-error", expected);
  if (more.length === 0) throw contractViolation(who, exp, v);
  // `(raise-argument-error who expected bad-pos arg ...)`: the bad argument and the others, listed.
  const args = more;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v >= args.length) {
    throw contractViolation("raise-argument-error", "exact-nonnegative-integer?", v);
  }
  if (args.length === 1) throw contractViolation(who, exp, args[0]);
  const others = args.filter((_, i) => i !== v).map((x) => `\n   ${errorValue(x)}`).join("");
  throw new Exn(
    "exn:fail:contract",
    `${who}: contract violation\n  expected: ${exp}\n  given: ${errorValue(args[v])}\n  argument position: ${ordinal(v + 1)}\n  other arguments...:${others}`,
  );
});

/**
 * 1st, 2nd, 3rd, 4th, ..., 21st: Racket's argument positions. Racket looks at the last digit only,
 * so it also writes "11st", "12nd" and "13rd" (checked against Racket 8.7).
 */
function ordinal(n: number): string {
  const suffix = n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${suffix}`;
}

function whoName(who: string, name: unknown): string {
  if (!(name instanceof Sym)) throw contractViolation(who, "symbol?", name);
  return name.name;
}

/** `(raise-arguments-error who message field value ... ...)`: `who: message` then `field: value` lines. */
const raiseArgumentsError = definePrimitive("raise-arguments-error", [2, Infinity], (name: unknown, message: unknown, ...fields: unknown[]) => {
  const who = whoName("raise-arguments-error", name);
  const msg = messageText("raise-arguments-error", message);
  let text = `${who}: ${msg}`;
  for (let i = 0; i < fields.length; i += 2) {
    const field = messageText("raise-arguments-error", fields[i]);
    if (i + 1 >= fields.length) {
      throw new Exn("exn:fail:contract", `raise-arguments-error: missing value after field string\n  string: ${errorValue(fields[i])}`);
    }
    text += `\n  ${field}: ${errorValue(fields[i + 1])}`;
  }
  throw new Exn("exn:fail:contract", text);
});

/**
 * `(raise-range-error who type-description index-prefix index in-value lower upper [alt-lower])`.
 * An index between alt-lower and lower is "smaller than starting index"; the valid range shown
 * starts at alt-lower when it is given; an empty range (upper < lower) gets Racket's short form.
 */
const raiseRangeError = definePrimitive(
  "raise-range-error",
  [7, 8],
  (name: unknown, typeDesc: unknown, prefix: unknown, index: unknown, inValue: unknown, lower: unknown, upper: unknown, altLower?: unknown) => {
    const who = whoName("raise-range-error", name);
    const type = messageText("raise-range-error", typeDesc);
    const pre = messageText("raise-range-error", prefix);
    const n = (x: unknown): number => (typeof x === "number" ? x : typeof x === "bigint" ? Number(x) : NaN);
    const [i, lo, hi] = [n(index), n(lower), n(upper)];
    const alt = altLower === undefined ? undefined : n(altLower);
    if (hi < lo && alt === undefined) {
      throw new Exn("exn:fail:contract", `${who}: ${pre}index is out of range for empty ${type}\n  ${pre}index: ${errorValue(index)}`);
    }
    const range = `\n  valid range: [${errorValue(altLower ?? lower)}, ${errorValue(upper)}]\n  ${type}: ${errorValue(inValue)}`;
    if (alt !== undefined && i < lo && i >= alt) {
      throw new Exn(
        "exn:fail:contract",
        `${who}: ${pre}index is smaller than starting index\n  ${pre}index: ${errorValue(index)}\n  starting index: ${errorValue(lower)}${range}`,
      );
    }
    throw new Exn("exn:fail:contract", `${who}: ${pre}index is out of range\n  ${pre}index: ${errorValue(index)}${range}`);
  },
);

/** `(raise-result-error who expected v)`: like raise-argument-error, but about a result. */
const raiseResultError = definePrimitive("raise-result-error", [3, Infinity], (name: unknown, expected: unknown, v: unknown) => {
  const who = whoName("raise-result-error", name);
  throw new Exn("exn:fail:contract", `${who}: contract violation\n  expected: ${messageText("raise-result-error", expected)}\n  result: ${errorValue(v)}`);
});

/** `(raise-mismatch-error who message v)`: the message and the value on one line. */
const raiseMismatchError = definePrimitive("raise-mismatch-error", [3, Infinity], (name: unknown, message: unknown, ...rest: unknown[]) => {
  const who = whoName("raise-mismatch-error", name);
  // Racket 8.7 prints every further argument, strings included: (raise-mismatch-error 'f "a" 1 "b" 2)
  // says `f: a1"b"2`.
  throw new Exn("exn:fail:contract", `${who}: ${messageText("raise-mismatch-error", message)}${rest.map((x) => errorValue(x)).join("")}`);
});

const raiseUserError = definePrimitive("raise-user-error", [1, Infinity], (...args: unknown[]) => {
  throw new Exn("exn:fail:user", errorMessage(args));
});

// ---- parameters --------------------------------------------------------------------------------

const makeParameter = definePrimitive("make-parameter", [1, 3], (value: unknown, guard: unknown = false, name: unknown = undefined) => {
  if (guard !== false) checkProcedure("make-parameter", guard, "(or/c (any/c . -> . any/c) #f)");
  return new Parameter(value, guard, name instanceof Sym ? name.name : undefined);
});

const callWithParameterization = control("call-with-parameterization", 3, (f, [params, vals, thunk]) => {
  const ps = listArg("parameterize", params);
  const vs = listArg("parameterize", vals);
  ps.forEach((p) => {
    if (!(p instanceof Parameter)) throw contractViolation("parameterize", "parameter?", p);
  });
  const outer = f.dyn;
  // Guards run first (in order), then the body runs with all bindings in place.
  const bindNext = (g: Fiber, i: number, dyn = outer): void => {
    if (i >= ps.length) {
      enterTailTransparent(g, dyn);
      g.apply(thunk, []);
      return;
    }
    const p = ps[i] as Parameter;
    if (p.guard === false) return bindNext(g, i + 1, dyn.withParameter(p, vs[i]));
    g.k = new ThenFrame(g.k, (g1) => bindNext(g1, i + 1, dyn.withParameter(p, g1.val)));
    g.apply(p.guard, [vs[i]]);
  };
  bindNext(f, 0);
});

// ---- promises ----------------------------------------------------------------------------------

/** `delay` / `delay-force` promises, memoised. */
export class SchemePromise {
  constructor(
    public thunk: unknown,
    /** delay-force: the thunk's result is itself a promise to force (iteratively). */
    readonly lazy: boolean,
    public done = false,
    public value: unknown = undefined,
  ) {}
}

const force = control("force", 1, (f, [p]) => forcePromise(f, p));

/** Forces `p` on the fiber (its value arrives as `f.val`, through frames if the thunk must run). */
export function forcePromise(f: Fiber, p: unknown): void {
  if (!(p instanceof SchemePromise)) {
    f.val = p; // Racket: force of a non-promise is the value itself.
    return;
  }
  if (p.done) {
    f.val = p.value;
    return;
  }
  f.k = new ThenFrame(f.k, (g) => {
    if (p.done) {
      g.val = p.value;
      return;
    }
    if (p.lazy && g.val instanceof SchemePromise) {
      // delay-force: chain to the inner promise without growing the continuation.
      const inner = g.val;
      if (inner.done) {
        p.done = true;
        p.value = inner.value;
        g.val = inner.value;
        return;
      }
      p.thunk = inner.thunk;
      forcePromise(g, p);
      return;
    }
    p.done = true;
    p.value = g.val;
  });
  f.apply(p.thunk, []);
}

// ---- fibers and time ---------------------------------------------------------------------------

/** A handle on a fiber, printed as #<fiber>. */
export class FiberHandle {
  constructor(readonly fiber: Fiber) {}
}

const spawn = control("spawn", 1, (f, [thunk]) => {
  checkProcedure("spawn", thunk);
  const child = f.scheduler.spawn(f.dyn.withHandlers(null));
  child.startApply(thunk, []);
  f.val = new FiberHandle(child);
});

const join = control("join", 1, (f, [h]) => {
  if (!(h instanceof FiberHandle)) throw contractViolation("join", "fiber?", h);
  const child = h.fiber;
  const deliver = (g: Fiber) => {
    if (child.state === "failed") g.raise(child.error, false);
    else g.val = child.result;
  };
  if (child.state === "done" || child.state === "failed") return deliver(f);
  // Wait for the child: an already-settled Promise would lose the order, so resolve on completion.
  f.k = new ThenFrame(f.k, (g) => deliver(g));
  const waiter = definePrimitive("join-wait", 0, () => new Promise<unknown>((resolve) => child.onDone(() => resolve(VOID))));
  f.apply(new Primitive(waiter.name, waiter.arity, waiter.fn, true), []);
});

const sleep = new Primitive(
  "sleep",
  [0, 1],
  (secs: unknown = 0) => {
    const s = typeof secs === "number" ? secs : secs instanceof Object && "value" in secs ? Number((secs as { value: number }).value) : NaN;
    if (!(s >= 0)) throw contractViolation("sleep", "(>=/c 0)", secs);
    return new Promise<unknown>((resolve) => setTimeout(() => resolve(VOID), s * 1000));
  },
  true,
);

/** `(module+ main body ...)` expands to a call of this with a thunk of the body. */
const atProgramEnd = control("%run-at-program-end", 1, (f, [thunk]) => {
  checkProcedure("module+", thunk);
  // Outside a program's top level (eval, a library file) the body runs at once.
  if (runAtProgramEnd(f, thunk)) f.val = VOID;
  else f.apply(thunk, []);
});

// ---- the kernel table --------------------------------------------------------------------------

export const CONTROL_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["call/cc", callcc("call/cc")],
  ["call-with-current-continuation", callcc("call-with-current-continuation")],
  ["call/ec", callec("call/ec")],
  ["call-with-escape-continuation", callec("call-with-escape-continuation")],
  ["dynamic-wind", dynamicWind],
  ["values", values],
  ["call-with-values", callWithValues],
  ["apply", apply],
  ["keyword-apply", keywordApply],
  ["raise", raise],
  ["raise-continuable", raiseContinuable],
  ["with-exception-handler", withExceptionHandler],
  ["call-with-handlers", callWithHandlers],
  ["call-with-guard", callWithGuard],
  ["guard-no-match", GUARD_NO_MATCH],
  ["error", error],
  ["raise-argument-error", raiseArgumentError],
  ["raise-arguments-error", raiseArgumentsError],
  ["raise-range-error", raiseRangeError],
  ["raise-result-error", raiseResultError],
  ["raise-mismatch-error", raiseMismatchError],
  ["raise-user-error", raiseUserError],
  ["make-parameter", makeParameter],
  ["call-with-parameterization", callWithParameterization],
  ["force", force],
  ["make-delayed-promise", definePrimitive("delay", 1, (thunk: unknown) => new SchemePromise(thunk, false))],
  ["make-lazy-promise", definePrimitive("delay-force", 1, (thunk: unknown) => new SchemePromise(thunk, true))],
  ["make-promise", definePrimitive("make-promise", 1, (v: unknown) => (v instanceof SchemePromise ? v : new SchemePromise(undefined, false, true, v)))],
  ["promise?", definePrimitive("promise?", 1, (v: unknown) => v instanceof SchemePromise)],
  [
    "promise-forced?",
    definePrimitive("promise-forced?", 1, (v: unknown) => {
      if (!(v instanceof SchemePromise)) throw contractViolation("promise-forced?", "promise?", v);
      return v.done;
    }),
  ],
  ["procedure?", definePrimitive("procedure?", 1, isProcedure)],
  ["void", definePrimitive("void", [0, Infinity], () => VOID)],
  ["sleep", sleep],
  ["%run-at-program-end", atProgramEnd],
  ...DELIMITED_CONTROL_PRIMITIVES,
];

/**
 * Fibers at the Scheme level, for the scaffold (map-async and friends) and for tests. Not part of
 * the default namespace: Racket programs use the scaffold's combinators instead.
 */
export const FIBER_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["spawn", spawn],
  ["join", join],
];

export { NIL, Pair, makeList, apply as applyPrimitive };
