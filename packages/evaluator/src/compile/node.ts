// Compiled code: a tree of nodes, each a small object whose methods run directly on JS values.
//
// Every node can `exec` on a fiber (the machine's step). Nodes marked `simple` never call a
// Scheme procedure, never capture a continuation and never wait; they also offer `ev`, which
// computes their value with an ordinary JS call. Simple subtrees (constants, variables, calls
// of known library primitives on simple arguments, lambda creation, ...) therefore run as plain
// nested JS calls with no machine overhead; only calls of unknown procedures go through the
// fiber's loop, and only evaluations in non-tail position push a frame.

import { VOID, sym, type SourceLocation } from "@rlms/reader";
import { Exn, argumentsField, arityMismatch, resultArityMismatch } from "../errors/exn.js";
import { Primitive, formatArity } from "../values/primitive.js";
import { CaseLambda, Closure, MISSING, MultipleValues, type LambdaInfo } from "../values/procedures.js";
import { Frame } from "../machine/frame.js";
import type { Fiber } from "../machine/fiber.js";
import { GlobalCell, UNDEFINED } from "./global.js";

/** An environment frame: slot 0 is the enclosing frame, then the variables. */
export type Env = unknown[];

export abstract class Node {
  loc: SourceLocation | undefined = undefined;
  /** The name of the procedure this code belongs to (backtraces). */
  owner: string | undefined = undefined;
  simple = false;

  /** The value, computed directly. Only valid on simple nodes. */
  ev(_env: Env): unknown {
    throw new Error(`internal: ev on non-simple ${this.constructor.name}`);
  }

  /** One machine step: set `f.val`, or set `f.node`/`f.env` to continue (pushing frames if needed). */
  abstract exec(f: Fiber, env: Env): void;
}

abstract class SimpleNode extends Node {
  override simple = true;
  abstract override ev(env: Env): unknown;
  exec(f: Fiber, env: Env): void {
    f.val = this.ev(env);
  }
}

/** A frame that belongs to a node (for backtraces). */
abstract class NodeFrame extends Frame {
  constructor(
    next: Frame,
    readonly node: Node,
    readonly env: Env,
  ) {
    super(next);
  }
  override get site() {
    return { name: this.node.owner, loc: this.node.loc };
  }
}

// ---- constants and variables -------------------------------------------------------------------

export class Const extends SimpleNode {
  constructor(readonly value: unknown) {
    super();
  }
  ev(): unknown {
    return this.value;
  }
}

export class Local0 extends SimpleNode {
  constructor(readonly index: number) {
    super();
  }
  ev(env: Env): unknown {
    return env[this.index];
  }
}

export class Local1 extends SimpleNode {
  constructor(readonly index: number) {
    super();
  }
  ev(env: Env): unknown {
    return (env[0] as Env)[this.index];
  }
}

export class LocalN extends SimpleNode {
  constructor(
    readonly depth: number,
    readonly index: number,
  ) {
    super();
  }
  ev(env: Env): unknown {
    let e = env;
    for (let d = this.depth; d > 0; d--) e = e[0] as Env;
    return e[this.index];
  }
}

/** A reference to a letrec or internal-definition variable, which may not be initialised yet. */
export class CheckedLocal extends SimpleNode {
  constructor(
    readonly depth: number,
    readonly index: number,
    readonly name: string,
  ) {
    super();
  }
  ev(env: Env): unknown {
    let e = env;
    for (let d = this.depth; d > 0; d--) e = e[0] as Env;
    const v = e[this.index];
    if (v === undefined) throw new Exn("exn:fail:contract:variable", `${this.name}: undefined;\n cannot use before initialization`, undefined, [sym(this.name)]).locate(this.loc, this.owner);
    return v;
  }
}

export class GlobalRef extends SimpleNode {
  constructor(readonly cell: GlobalCell) {
    super();
  }
  ev(): unknown {
    const v = this.cell.value;
    if (v === UNDEFINED) {
      throw new Exn("exn:fail:contract:variable", `${this.cell.name}: undefined;\n cannot reference an identifier before its definition`, undefined, [sym(this.cell.name)]).locate(
        this.loc,
        this.owner,
      );
    }
    return v;
  }
}

// ---- assignment ---------------------------------------------------------------------------------

function setLocal(env: Env, depth: number, index: number, v: unknown): void {
  let e = env;
  for (let d = depth; d > 0; d--) e = e[0] as Env;
  e[index] = v;
}

/** An assignment: evaluate the value (directly or through a frame), then `store` it. */
abstract class Assignment extends Node {
  constructor(readonly value: Node) {
    super();
    this.simple = value.simple;
  }
  abstract store(env: Env, v: unknown): void;
  override ev(env: Env): unknown {
    this.store(env, this.value.ev(env));
    return VOID;
  }
  exec(f: Fiber, env: Env): void {
    if (this.value.simple) {
      f.val = this.ev(env);
      return;
    }
    f.k = new AssignFrame(f.k, this, env);
    f.node = this.value;
    f.env = env;
  }
}

class AssignFrame extends NodeFrame {
  resume(f: Fiber): void {
    const v = f.val;
    if (v instanceof MultipleValues) throw notOneValue(v, this.node);
    (this.node as Assignment).store(this.env, v);
    f.val = VOID;
  }
}

export class SetLocal extends Assignment {
  constructor(
    readonly depth: number,
    readonly index: number,
    value: Node,
  ) {
    super(value);
  }
  store(env: Env, v: unknown): void {
    setLocal(env, this.depth, this.index, v);
  }
}

export class SetGlobal extends Assignment {
  constructor(
    readonly cell: GlobalCell,
    value: Node,
    /** `define` (initialises) rather than `set!` (which requires a definition first). */
    readonly define: boolean,
  ) {
    super(value);
  }
  store(_env: Env, v: unknown): void {
    if (!this.define && this.cell.value === UNDEFINED) {
      throw new Exn("exn:fail:contract:variable", `set!: assignment disallowed;\n cannot set variable before its definition\n  variable: ${this.cell.name}`, this.loc, [sym(this.cell.name)]);
    }
    this.cell.value = v;
  }
}

/** `(define-values (a b) e)` at top level. */
export class DefineValues extends Node {
  constructor(
    readonly cells: readonly GlobalCell[],
    readonly value: Node,
  ) {
    super();
  }
  exec(f: Fiber, env: Env): void {
    f.k = new DefineValuesFrame(f.k, this, env);
    f.node = this.value;
    f.env = env;
  }
}

class DefineValuesFrame extends NodeFrame {
  resume(f: Fiber): void {
    const cells = (this.node as DefineValues).cells;
    const vals = valuesOf(f.val);
    if (vals.length !== cells.length) {
      // Racket names the first variable defined ("in: definition of a ...") and lists the values.
      const definition = cells.length > 0 ? `\n  in: definition of ${cells[0]!.name} ...` : "";
      throw resultArityMismatch(cells.length, vals.length, "define-values", definition + argumentsField(vals)).locate(this.node.loc, this.node.owner);
    }
    cells.forEach((c, i) => (c.value = vals[i]));
    f.val = VOID;
  }
}

export function valuesOf(v: unknown): readonly unknown[] {
  return v instanceof MultipleValues ? v.values : [v];
}

/**
 * Racket's error when a continuation that takes one value (an argument, a `let` or `define`
 * initialisation, an `if` test) receives several or none. The frames of such continuations
 * check; simple nodes never produce several values (a primitive that may is never simple).
 */
export function notOneValue(v: MultipleValues, at: Node): Exn {
  return resultArityMismatch(1, v.values.length).locate(at.loc, at.owner);
}

// ---- control ------------------------------------------------------------------------------------

export class If extends Node {
  constructor(
    readonly test: Node,
    readonly then: Node,
    readonly otherwise: Node,
  ) {
    super();
    this.simple = test.simple && then.simple && otherwise.simple;
  }
  override ev(env: Env): unknown {
    return this.test.ev(env) !== false ? this.then.ev(env) : this.otherwise.ev(env);
  }
  exec(f: Fiber, env: Env): void {
    if (this.test.simple) {
      // Running the branch directly saves a trip through the fiber's loop; the JS recursion
      // this adds is bounded by how deeply the source code nests, not by the computation.
      const branch = this.test.ev(env) !== false ? this.then : this.otherwise;
      if (branch.simple) f.val = branch.ev(env);
      else branch.exec(f, env);
      return;
    }
    f.k = new IfFrame(f.k, this, env);
    f.node = this.test;
    f.env = env;
  }
}

class IfFrame extends NodeFrame {
  resume(f: Fiber): void {
    const n = this.node as If;
    const v = f.val;
    if (v instanceof MultipleValues) throw notOneValue(v, n);
    f.node = v !== false ? n.then : n.otherwise;
    f.env = this.env;
  }
}

export class Seq extends Node {
  constructor(readonly body: readonly Node[]) {
    super();
    this.simple = body.every((n) => n.simple);
  }
  override ev(env: Env): unknown {
    const b = this.body;
    const last = b.length - 1;
    for (let i = 0; i < last; i++) b[i]!.ev(env);
    return b[last]!.ev(env);
  }
  exec(f: Fiber, env: Env): void {
    this.from(f, env, 0);
  }
  from(f: Fiber, env: Env, start: number): void {
    const b = this.body;
    const last = b.length - 1;
    let i = start;
    for (; i < last; i++) {
      const n = b[i]!;
      if (n.simple) n.ev(env);
      else {
        f.k = new SeqFrame(f.k, this, env, i + 1);
        f.node = n;
        f.env = env;
        return;
      }
    }
    b[last]!.exec(f, env);
  }
}

class SeqFrame extends NodeFrame {
  constructor(
    next: Frame,
    node: Seq,
    env: Env,
    readonly index: number,
  ) {
    super(next, node, env);
  }
  resume(f: Fiber): void {
    (this.node as Seq).from(f, this.env, this.index);
  }
}

// ---- procedures --------------------------------------------------------------------------------

export class Lambda extends SimpleNode {
  constructor(readonly info: LambdaInfo) {
    super();
  }
  ev(env: Env): unknown {
    return new Closure(this.info, env);
  }
}

export class CaseLambdaNode extends SimpleNode {
  constructor(
    readonly name: string | undefined,
    readonly clauses: readonly LambdaInfo[],
  ) {
    super();
  }
  ev(env: Env): unknown {
    return new CaseLambda(
      this.name,
      this.clauses.map((c) => new Closure(c, env)),
    );
  }
}

/** In a lambda's prelude: computes an optional or keyword argument that was not supplied. */
export class DefaultArgument extends Assignment {
  constructor(
    readonly index: number,
    init: Node,
  ) {
    super(init);
  }
  store(env: Env, v: unknown): void {
    env[this.index] = v;
  }
  override ev(env: Env): unknown {
    return env[this.index] === MISSING ? super.ev(env) : VOID;
  }
  override exec(f: Fiber, env: Env): void {
    if (env[this.index] !== MISSING) f.val = VOID;
    else super.exec(f, env);
  }
}

// ---- binding forms -----------------------------------------------------------------------------

/** `let`: evaluate the inits in the current frame, then run the body in a new one. */
export class Let extends Node {
  constructor(
    readonly inits: readonly Node[],
    readonly body: Node,
    readonly frameSize: number,
  ) {
    super();
    this.simple = inits.every((n) => n.simple) && body.simple;
  }
  override ev(env: Env): unknown {
    const e = new Array(this.frameSize);
    e[0] = env;
    for (let i = 0; i < this.inits.length; i++) e[i + 1] = this.inits[i]!.ev(env);
    return this.body.ev(e);
  }
  exec(f: Fiber, env: Env): void {
    const e = new Array(this.frameSize);
    e[0] = env;
    this.continueFrom(f, env, e, 0);
  }
  continueFrom(f: Fiber, env: Env, e: Env, start: number): void {
    const inits = this.inits;
    for (let i = start; i < inits.length; i++) {
      const n = inits[i]!;
      if (n.simple) e[i + 1] = n.ev(env);
      else {
        f.k = new LetFrame(f.k, this, env, e, i);
        f.node = n;
        f.env = env;
        return;
      }
    }
    f.node = this.body;
    f.env = e;
  }
}

class LetFrame extends NodeFrame {
  constructor(
    next: Frame,
    node: Let,
    env: Env,
    readonly partial: Env,
    readonly index: number,
  ) {
    super(next, node, env);
  }
  resume(f: Fiber): void {
    const v = f.val;
    if (v instanceof MultipleValues) throw notOneValue(v, this.node);
    // Copy: a re-entered continuation must not see values stored by a later return.
    const e = this.partial.slice();
    e[this.index + 1] = v;
    (this.node as Let).continueFrom(f, this.env, e, this.index + 1);
  }
}

/** A new frame whose slots start unassigned (letrec, internal definitions outside a lambda body). */
export class NewFrame extends Node {
  constructor(
    readonly body: Node,
    readonly frameSize: number,
  ) {
    super();
    this.simple = body.simple;
  }
  override ev(env: Env): unknown {
    const e = new Array(this.frameSize);
    e[0] = env;
    return this.body.ev(e);
  }
  exec(f: Fiber, env: Env): void {
    const e = new Array(this.frameSize);
    e[0] = env;
    f.node = this.body;
    f.env = e;
  }
}

/** `let-values`: each init delivers values into consecutive slots (with an optional rest list). */
export class LetValues extends Node {
  constructor(
    readonly inits: readonly Node[],
    readonly shapes: readonly { readonly required: number; readonly rest: boolean }[],
    readonly body: Node,
    readonly frameSize: number,
  ) {
    super();
  }
  exec(f: Fiber, env: Env): void {
    const e = new Array(this.frameSize);
    e[0] = env;
    this.continueFrom(f, env, e, 0, 1);
  }
  continueFrom(f: Fiber, env: Env, e: Env, start: number, slot: number): void {
    for (let i = start; i < this.inits.length; i++) {
      const n = this.inits[i]!;
      if (n.simple) slot = this.store(e, slot, i, n.ev(env));
      else {
        f.k = new LetValuesFrame(f.k, this, env, e, i, slot);
        f.node = n;
        f.env = env;
        return;
      }
    }
    f.node = this.body;
    f.env = e;
  }
  store(e: Env, slot: number, i: number, v: unknown): number {
    const shape = this.shapes[i]!;
    const vals = valuesOf(v);
    if (vals.length < shape.required || (!shape.rest && vals.length > shape.required)) {
      // Racket binds one identifier as `let` does, with the shorter message.
      const detail = shape.required === 1 && !shape.rest ? "" : `\n  in: local-binding form${argumentsField(vals)}`;
      throw resultArityMismatch(shape.required, vals.length, undefined, detail).locate(this.loc, this.owner);
    }
    for (let j = 0; j < shape.required; j++) e[slot++] = vals[j];
    if (shape.rest) e[slot++] = listFrom(vals.slice(shape.required));
    return slot;
  }
}

import { list as makeList } from "@rlms/reader";
const listFrom = (xs: readonly unknown[]): unknown => makeList(xs);

class LetValuesFrame extends NodeFrame {
  constructor(
    next: Frame,
    node: LetValues,
    env: Env,
    readonly partial: Env,
    readonly index: number,
    readonly slot: number,
  ) {
    super(next, node, env);
  }
  resume(f: Fiber): void {
    const n = this.node as LetValues;
    const e = this.partial.slice();
    const slot = n.store(e, this.slot, this.index, f.val);
    n.continueFrom(f, this.env, e, this.index + 1, slot);
  }
}

// ---- application ---------------------------------------------------------------------------------

/** `(f arg ...)` where f is not known at compile time. */
export class App extends Node {
  readonly allSimple: boolean;
  constructor(
    readonly fn: Node,
    readonly args: readonly Node[],
  ) {
    super();
    this.allSimple = fn.simple && args.every((a) => a.simple);
  }
  exec(f: Fiber, env: Env): void {
    if (this.allSimple) {
      const fn = this.fn.ev(env);
      const args = this.args;
      const n = args.length;
      f.site = this;
      // The common case first: a closure with a fixed arity gets its frame filled directly.
      if (fn instanceof Closure && fn.info.plain && fn.info.required === n) {
        const e = new Array(fn.info.frameSize);
        e[0] = fn.env;
        for (let i = 0; i < n; i++) e[i + 1] = args[i]!.ev(env);
        f.node = fn.info.body!;
        f.env = e;
        return;
      }
      const vals = new Array(n);
      for (let i = 0; i < n; i++) vals[i] = args[i]!.ev(env);
      f.apply(fn, vals);
      return;
    }
    this.continueFrom(f, env, [], 0);
  }
  /** `vals[0]` is the procedure, then the arguments evaluated so far. */
  continueFrom(f: Fiber, env: Env, vals: unknown[], start: number): void {
    const total = this.args.length + 1;
    for (let i = start; i < total; i++) {
      const n = i === 0 ? this.fn : this.args[i - 1]!;
      if (n.simple) vals[i] = n.ev(env);
      else {
        f.k = new CollectFrame(f.k, this, env, vals, i);
        f.node = n;
        f.env = env;
        return;
      }
    }
    f.site = this;
    this.call(f, vals[0], vals.slice(1));
  }
  call(f: Fiber, fn: unknown, args: unknown[]): void {
    f.apply(fn, args);
  }
}

/** A node that evaluates its parts in order, collecting their values (applications). */
interface Collecting extends Node {
  continueFrom(f: Fiber, env: Env, vals: unknown[], start: number): void;
}

/** Waits for one part's value, then carries on collecting the rest. */
class CollectFrame extends NodeFrame {
  constructor(
    next: Frame,
    node: Collecting,
    env: Env,
    readonly vals: unknown[],
    readonly index: number,
  ) {
    super(next, node, env);
  }
  resume(f: Fiber): void {
    const v = f.val;
    if (v instanceof MultipleValues) throw notOneValue(v, this.node);
    // Copy: a re-entered continuation must not see values stored by a later return.
    const vals = this.vals.slice();
    vals[this.index] = v;
    (this.node as Collecting).continueFrom(f, this.env, vals, this.index + 1);
  }
}

/** `(f arg ... #:kw val ...)`: keyword values are evaluated in source order with the rest. */
export class KeywordApp extends App {
  constructor(
    fn: Node,
    args: readonly Node[],
    /** For each argument after the positional ones: its keyword. */
    readonly positional: number,
    readonly keywordNames: readonly string[],
  ) {
    super(fn, args);
  }
  override exec(f: Fiber, env: Env): void {
    this.continueFrom(f, env, [], 0);
  }
  override call(f: Fiber, fn: unknown, args: unknown[]): void {
    const pos = args.slice(0, this.positional);
    const kw = this.keywordNames.map((k, i) => ({ k, v: args[this.positional + i] }));
    kw.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
    f.applyKeywords(
      fn,
      pos,
      kw.map((x) => x.k),
      kw.map((x) => x.v),
    );
  }
}

/**
 * A call of a library primitive known at compile time (its binding is constant). With simple
 * arguments this is a simple node: `(+ (* a b) c)` runs as nested JS calls.
 */
export class PrimCall extends Node {
  constructor(
    readonly prim: Primitive,
    readonly args: readonly Node[],
  ) {
    super();
    this.simple = !prim.async && !prim.multipleValues && args.every((a) => a.simple);
  }
  override ev(env: Env): unknown {
    const a = this.args;
    const fn = this.prim.fn as (...xs: unknown[]) => unknown;
    try {
      switch (a.length) {
        case 0:
          return fn();
        case 1:
          return fn(a[0]!.ev(env));
        case 2:
          return fn(a[0]!.ev(env), a[1]!.ev(env));
        case 3:
          return fn(a[0]!.ev(env), a[1]!.ev(env), a[2]!.ev(env));
        default:
          return fn(...a.map((n) => n.ev(env)));
      }
    } catch (e) {
      // The innermost failing call names the location.
      if (e instanceof Exn) e.locate(this.loc, this.owner);
      throw e;
    }
  }
  exec(f: Fiber, env: Env): void {
    if (this.simple) {
      f.site = this;
      f.val = this.ev(env);
      return;
    }
    this.continueFrom(f, env, [], 0);
  }
  continueFrom(f: Fiber, env: Env, vals: unknown[], start: number): void {
    for (let i = start; i < this.args.length; i++) {
      const n = this.args[i]!;
      if (n.simple) vals[i] = n.ev(env);
      else {
        f.k = new CollectFrame(f.k, this, env, vals, i);
        f.node = n;
        f.env = env;
        return;
      }
    }
    f.site = this;
    f.apply(this.prim, vals);
  }
}

/** A call of a known primitive with the wrong number of arguments: fails when reached, as in Racket. */
export class ArityFailure extends Node {
  constructor(
    readonly prim: Primitive,
    readonly given: number,
  ) {
    super();
  }
  exec(): void {
    throw arityMismatch(this.prim.name, formatArity(this.prim.arity), this.given).locate(this.loc, this.owner);
  }
}
