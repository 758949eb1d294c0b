// Open-coded calls of the hottest primitives. When the arguments have the expected shape
// (fixnums for arithmetic, pairs for car/cdr) the result is computed right in the node;
// otherwise the primitive itself is called, so results and error messages are exactly the
// primitive's. Each operation is its own class so that V8 sees monomorphic code at every site.
//
// Measured on the benchmark programs (see the evaluator README): a 10,000,000-iteration named-let
// loop and fib 30 spend most of their time in `+`, `-`, `<` and `=`.

import { Exn } from "../errors/exn.js";
import { NIL, Pair } from "@rlms/reader";
import type { Fiber } from "../machine/fiber.js";
import { Frame } from "../machine/frame.js";
import type { InlineOp, Primitive } from "../values/primitive.js";
import { MultipleValues } from "../values/procedures.js";
import { Node, notOneValue, type Env } from "./node.js";

const MAX = Number.MAX_SAFE_INTEGER;
const MIN = -MAX;

type Call2 = (a: unknown, b: unknown) => unknown;
type Call1 = (a: unknown) => unknown;

/** Two-argument open-coded call. Subclasses override `ev` (hot) and `compute` (frames). */
abstract class Binary extends Node {
  protected readonly slow: Call2;
  constructor(
    readonly prim: Primitive,
    readonly a: Node,
    readonly b: Node,
  ) {
    super();
    this.simple = a.simple && b.simple;
    this.slow = prim.fn as Call2;
  }
  abstract compute(a: unknown, b: unknown): unknown;

  protected fail(e: unknown): never {
    if (e instanceof Exn) e.locate(this.loc, this.owner);
    throw e;
  }

  protected call(a: unknown, b: unknown): unknown {
    try {
      return this.slow(a, b);
    } catch (e) {
      return this.fail(e);
    }
  }

  exec(f: Fiber, env: Env): void {
    if (this.simple) {
      f.val = this.ev(env);
      return;
    }
    if (!this.a.simple) {
      f.k = new BinaryFirstFrame(f.k, this, env);
      f.node = this.a;
      f.env = env;
      return;
    }
    this.second(f, env, this.a.ev(env));
  }

  second(f: Fiber, env: Env, a: unknown): void {
    if (this.b.simple) {
      f.site = this;
      f.val = this.compute(a, this.b.ev(env));
      return;
    }
    f.k = new BinarySecondFrame(f.k, this, env, a);
    f.node = this.b;
    f.env = env;
  }
}

class BinaryFirstFrame extends Frame {
  constructor(
    next: Frame,
    readonly node: Binary,
    readonly env: Env,
  ) {
    super(next);
  }
  override get site() {
    return { name: this.node.owner, loc: this.node.loc };
  }
  resume(f: Fiber): void {
    const v = f.val;
    if (v instanceof MultipleValues) throw notOneValue(v, this.node);
    this.node.second(f, this.env, v);
  }
}

class BinarySecondFrame extends Frame {
  constructor(
    next: Frame,
    readonly node: Binary,
    readonly env: Env,
    readonly first: unknown,
  ) {
    super(next);
  }
  override get site() {
    return { name: this.node.owner, loc: this.node.loc };
  }
  resume(f: Fiber): void {
    const v = f.val;
    if (v instanceof MultipleValues) throw notOneValue(v, this.node);
    f.site = this.node;
    f.val = this.node.compute(this.first, v);
  }
}

class Add extends Binary {
  override ev(env: Env): unknown {
    return this.compute(this.a.ev(env), this.b.ev(env));
  }
  compute(a: unknown, b: unknown): unknown {
    if (typeof a === "number" && typeof b === "number") {
      const r = a + b;
      if (r <= MAX && r >= MIN) return r;
    }
    return this.call(a, b);
  }
}

class Sub extends Binary {
  override ev(env: Env): unknown {
    return this.compute(this.a.ev(env), this.b.ev(env));
  }
  compute(a: unknown, b: unknown): unknown {
    if (typeof a === "number" && typeof b === "number") {
      const r = a - b;
      // r === 0 also rules out -0 (0 - 0 is +0 for numbers that are never -0).
      if (r <= MAX && r >= MIN) return r;
    }
    return this.call(a, b);
  }
}

class Mul extends Binary {
  override ev(env: Env): unknown {
    return this.compute(this.a.ev(env), this.b.ev(env));
  }
  compute(a: unknown, b: unknown): unknown {
    if (typeof a === "number" && typeof b === "number") {
      const r = a * b;
      // Exact below 2^53; -0 (0 times a negative) must become 0.
      if (r <= MAX && r >= MIN) return r === 0 ? 0 : r;
    }
    return this.call(a, b);
  }
}

// Written out (not generated from one closure) so each compiles to its own fast path.
class Lt extends Binary {
  override ev(env: Env): unknown {
    return this.compute(this.a.ev(env), this.b.ev(env));
  }
  compute(a: unknown, b: unknown): unknown {
    return typeof a === "number" && typeof b === "number" ? a < b : this.call(a, b);
  }
}
class Le extends Binary {
  override ev(env: Env): unknown {
    return this.compute(this.a.ev(env), this.b.ev(env));
  }
  compute(a: unknown, b: unknown): unknown {
    return typeof a === "number" && typeof b === "number" ? a <= b : this.call(a, b);
  }
}
class Gt extends Binary {
  override ev(env: Env): unknown {
    return this.compute(this.a.ev(env), this.b.ev(env));
  }
  compute(a: unknown, b: unknown): unknown {
    return typeof a === "number" && typeof b === "number" ? a > b : this.call(a, b);
  }
}
class Ge extends Binary {
  override ev(env: Env): unknown {
    return this.compute(this.a.ev(env), this.b.ev(env));
  }
  compute(a: unknown, b: unknown): unknown {
    return typeof a === "number" && typeof b === "number" ? a >= b : this.call(a, b);
  }
}
class NumEq extends Binary {
  override ev(env: Env): unknown {
    return this.compute(this.a.ev(env), this.b.ev(env));
  }
  compute(a: unknown, b: unknown): unknown {
    return typeof a === "number" && typeof b === "number" ? a === b : this.call(a, b);
  }
}
class Eq extends Binary {
  override ev(env: Env): unknown {
    return this.a.ev(env) === this.b.ev(env);
  }
  compute(a: unknown, b: unknown): unknown {
    return a === b;
  }
}

/** One-argument open-coded call. */
abstract class Unary extends Node {
  protected readonly slow: Call1;
  constructor(
    readonly prim: Primitive,
    readonly a: Node,
  ) {
    super();
    this.simple = a.simple;
    this.slow = prim.fn as Call1;
  }
  abstract compute(a: unknown): unknown;
  protected call(a: unknown): unknown {
    try {
      return this.slow(a);
    } catch (e) {
      if (e instanceof Exn) e.locate(this.loc, this.owner);
      throw e;
    }
  }
  exec(f: Fiber, env: Env): void {
    if (this.simple) {
      f.val = this.ev(env);
      return;
    }
    f.k = new UnaryFrame(f.k, this);
    f.node = this.a;
    f.env = env;
  }
}

class UnaryFrame extends Frame {
  constructor(
    next: Frame,
    readonly node: Unary,
  ) {
    super(next);
  }
  override get site() {
    return { name: this.node.owner, loc: this.node.loc };
  }
  resume(f: Fiber): void {
    const v = f.val;
    if (v instanceof MultipleValues) throw notOneValue(v, this.node);
    f.site = this.node;
    f.val = this.node.compute(v);
  }
}

class Car extends Unary {
  override ev(env: Env): unknown {
    const p = this.a.ev(env);
    return p instanceof Pair ? p.car : this.call(p);
  }
  compute(p: unknown): unknown {
    return p instanceof Pair ? p.car : this.call(p);
  }
}
class Cdr extends Unary {
  override ev(env: Env): unknown {
    const p = this.a.ev(env);
    return p instanceof Pair ? p.cdr : this.call(p);
  }
  compute(p: unknown): unknown {
    return p instanceof Pair ? p.cdr : this.call(p);
  }
}
class IsNull extends Unary {
  override ev(env: Env): unknown {
    return this.a.ev(env) === NIL;
  }
  compute(x: unknown): unknown {
    return x === NIL;
  }
}
class IsPair extends Unary {
  override ev(env: Env): unknown {
    return this.a.ev(env) instanceof Pair;
  }
  compute(x: unknown): unknown {
    return x instanceof Pair;
  }
}
class Not extends Unary {
  override ev(env: Env): unknown {
    return this.a.ev(env) === false;
  }
  compute(x: unknown): unknown {
    return x === false;
  }
}
class Add1 extends Unary {
  override ev(env: Env): unknown {
    return this.compute(this.a.ev(env));
  }
  compute(x: unknown): unknown {
    return typeof x === "number" && x < MAX ? x + 1 : this.call(x);
  }
}
class Sub1 extends Unary {
  override ev(env: Env): unknown {
    return this.compute(this.a.ev(env));
  }
  compute(x: unknown): unknown {
    return typeof x === "number" && x > MIN ? x - 1 : this.call(x);
  }
}
class IsZero extends Unary {
  override ev(env: Env): unknown {
    return this.compute(this.a.ev(env));
  }
  compute(x: unknown): unknown {
    return typeof x === "number" ? x === 0 : this.call(x);
  }
}

/** Any other two-argument primitive: no fast path, but no argument array or copying frame either. */
class Call2Node extends Binary {
  override ev(env: Env): unknown {
    return this.call(this.a.ev(env), this.b.ev(env));
  }
  compute(a: unknown, b: unknown): unknown {
    return this.call(a, b);
  }
}

/** Any other one-argument primitive. */
class Call1Node extends Unary {
  override ev(env: Env): unknown {
    return this.call(this.a.ev(env));
  }
  compute(a: unknown): unknown {
    return this.call(a);
  }
}

const BINARY: Partial<Record<InlineOp, new (p: Primitive, a: Node, b: Node) => Binary>> = {
  "+": Add,
  "-": Sub,
  "*": Mul,
  "<": Lt,
  "<=": Le,
  ">": Gt,
  ">=": Ge,
  "=": NumEq,
  "eq?": Eq,
};

const UNARY: Partial<Record<InlineOp, new (p: Primitive, a: Node) => Unary>> = {
  car: Car,
  cdr: Cdr,
  "null?": IsNull,
  "pair?": IsPair,
  not: Not,
  add1: Add1,
  sub1: Sub1,
  "zero?": IsZero,
};

/**
 * The node for a call of a known primitive with one or two arguments: open-coded when the
 * primitive has an inline form, otherwise a direct call. Undefined for other argument counts
 * and for primitives that may return a Promise or several values (those go through the machine).
 */
export function inlineCall(prim: Primitive, args: readonly Node[]): Node | undefined {
  if (prim.async || prim.multipleValues) return undefined;
  const op = prim.inline;
  if (args.length === 2) {
    const B = op === undefined ? undefined : BINARY[op];
    return new (B ?? Call2Node)(prim, args[0]!, args[1]!);
  }
  if (args.length === 1) {
    const U = op === undefined ? undefined : UNARY[op];
    return new (U ?? Call1Node)(prim, args[0]!);
  }
  return undefined;
}
