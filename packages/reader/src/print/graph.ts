// Before printing, Racket walks the value once (racket/src/io/print/graph.rkt) to learn two things:
//   - cycles: if any container is reached again while it is still being walked, every container
//     reached more than once, cyclic or merely shared, gets a label: `#0=#(1 #0#)`. Without a
//     cycle, shared structure prints in full, without labels.
//   - in `print` mode, which containers must print in constructor style (`(list 1 (p 1 2))`)
//     because they hold, at any depth, a value that prints as an expression (a transparent
//     struct: PRINTS_AS_EXPRESSION).
// Labels are numbered in the order the walk first meets each container a second time (car before
// cdr, elements in order, each hash key before its value), which is why a printed label can be
// higher than one printed after it: `#1=#(#0=#(1) #0# #1#)`.
//
// The walk uses an explicit stack, and walks list spines in a loop, so neither deep nesting nor
// long lists touch the JS stack; only custom printers (ctx.value) recurse.

import { HashTable } from "../datum/hash.js";
import { Pair } from "../datum/pair.js";
import { PRINT, PRINTS_AS_EXPRESSION, type CustomPrintable, type PrintContext, type PrintMode } from "../datum/protocol.js";
import { Box } from "../datum/special.js";
import { Syntax } from "../datum/syntax.js";

/**
 * Per-container state, packed in one small integer: flag bits, then the label (0 = none, n = label
 * n-1). States live in an array indexed by the container's id (its discovery order), so the walk
 * touches the id map once per container.
 */
const CONSTRUCTOR = 1;
const CHECKING = 2;
/** Set by the printer once the label's `#n=` is out; later references print `#n#`. */
export const PRINTED = 4;
const LABEL_UNIT = 8;

export interface Graph {
  /** Every container reached, with its id: an index into `states`. */
  readonly ids: Map<object, number>;
  readonly states: number[];
  /** Labels are used only when there is a cycle (Racket's default `print-graph` is #f). */
  readonly useLabels: boolean;
}

export const isConstructor = (state: number): boolean => (state & CONSTRUCTOR) !== 0;
/** The label of a container, or -1. */
export const labelOf = (state: number): number => Math.floor(state / LABEL_UNIT) - 1;

/**
 * Containers the walk tracks: pairs, vectors, boxes, hash tables and custom printables (which may
 * also be functions carrying PRINT, e.g. procedures or applicable structs of a later layer).
 */
export function isGraphable(v: unknown): v is object {
  if (typeof v === "object") {
    return v !== null && (v instanceof Pair || Array.isArray(v) || v instanceof Box || v instanceof HashTable || PRINT in v);
  }
  return typeof v === "function" && PRINT in v;
}

/**
 * The quick check walks the value as a tree without recording anything: shared structure is
 * visited once per reference, which costs no more than printing it in full will. A cycle would
 * make that walk endless, but then the sequence of containers it visits is eventually periodic
 * (each container's expansion is the same every time around), so Brent's algorithm notices a
 * repeat in O(cycle length) steps while remembering a single container. A repeat may also be
 * mere sharing; either way the full walk decides. The fuel bounds the work on structures that
 * unfold to something enormous (a DAG with heavy sharing), which the full walk handles in time
 * linear in the number of distinct containers.
 */
const QUICK_FUEL = 1 << 22;

/** What the quick check walks: containers, and syntax objects when they are transparent. */
function isWalked(x: unknown, unwrapSyntax: boolean): boolean {
  return isGraphable(x) || (unwrapSyntax && x instanceof Syntax);
}

/** True when the value certainly needs neither labels nor constructor style. */
function quickNoGraph(v: unknown, unwrapSyntax: boolean): boolean {
  if (!isWalked(v, unwrapSyntax)) return true;
  const stack: unknown[] = [];
  let fuel = QUICK_FUEL;
  // Brent: the container remembered, and the steps since, up to `power`.
  let tortoise: unknown = undefined;
  let power = 1;
  let steps = 0;
  let x: unknown = v;
  for (;;) {
    if (x === tortoise || --fuel < 0) return false;
    if (++steps === power) {
      tortoise = x;
      power *= 2;
      steps = 0;
    }
    let next: unknown = undefined;
    if (x instanceof Pair) {
      // Along a list spine: push the car, go on with the cdr.
      if (isWalked(x.car, unwrapSyntax)) stack.push(x.car);
      next = x.cdr;
    } else if (Array.isArray(x)) {
      for (let i = x.length - 1; i >= 0; i--) {
        const e: unknown = x[i];
        if (isWalked(e, unwrapSyntax)) stack.push(e);
      }
    } else if (x instanceof Box) {
      next = x.value;
    } else if (x instanceof HashTable) {
      for (const [k, val] of x.entries()) {
        if (isWalked(val, unwrapSyntax)) stack.push(val);
        if (isWalked(k, unwrapSyntax)) stack.push(k);
      }
    } else if (x instanceof Syntax) {
      next = x.e;
    } else {
      return false; // a custom printable may hide a cycle or print as an expression: full walk, as in Racket
    }
    if (isWalked(next, unwrapSyntax)) {
      x = next;
    } else if (stack.length > 0) {
      x = stack.pop();
    } else {
      return true;
    }
  }
}

/** A container being walked. */
interface Frame {
  /** The container's id; for a list spine, the id of its first pair. */
  readonly id: number;
  /** Children still to walk, in order (vector elements, hash keys and values). Unused for pairs. */
  readonly items: unknown[] | undefined;
  next: number;
  unquoted: boolean;
  /** For a list spine: the last pair reached, the ids of all its pairs, and whether each car needs constructor style. */
  last: Pair | undefined;
  readonly spine: number[] | undefined;
  readonly carUnquoted: boolean[] | undefined;
}

/** `enter` results: a value done at once (needing constructor style or not), or a frame pushed. */
const PLAIN = 0;
const UNQUOTED = 1;
const PENDING = 2;

class GraphBuilder {
  readonly ids = new Map<object, number>();
  readonly states: number[] = [];
  private counter = 0;
  cycle = false;
  constructorFound = false;
  private readonly asExpression: boolean;
  private checkContext: PrintContext | undefined;

  constructor(
    private readonly mode: PrintMode,
    /** Inside a syntax object's datum, nested syntax objects are transparent. */
    private readonly unwrapSyntax: boolean,
  ) {
    this.asExpression = mode === "print";
  }

  /** Walks v completely; returns whether it needs constructor style. */
  walk(v: unknown): boolean {
    const stack: Frame[] = [];
    let result = this.enter(v, stack);
    while (stack.length > 0) {
      const f = stack[stack.length - 1]!;
      // Hand the result of the child that just finished to its parent.
      if (result !== PENDING) {
        if (f.spine !== undefined && f.next === 0) f.carUnquoted!.push(result === UNQUOTED);
        else if (result === UNQUOTED) f.unquoted = true;
      }
      result = f.spine !== undefined ? this.stepSpine(f, stack) : this.stepItems(f, stack);
    }
    return result === UNQUOTED;
  }

  /** Records a container not seen before; returns its id. */
  private discover(v: object): number {
    const id = this.states.length;
    this.ids.set(v, id);
    this.states.push(CHECKING);
    return id;
  }

  /** Starts on a value: PLAIN or UNQUOTED when it is done at once, PENDING when a frame was pushed. */
  private enter(v: unknown, stack: Frame[]): number {
    if (this.unwrapSyntax) while (v instanceof Syntax) v = v.e;
    if (!isGraphable(v)) return PLAIN;
    const seen = this.ids.get(v);
    if (seen !== undefined) {
      // Met again: label it (on its first re-reference only); a cycle if it is still being walked.
      const state = this.states[seen]!;
      if (labelOf(state) < 0) {
        this.states[seen] = state + ++this.counter * LABEL_UNIT;
        if ((state & CHECKING) !== 0) this.cycle = true;
      }
      return isConstructor(state) ? UNQUOTED : PLAIN;
    }
    const id = this.discover(v);
    if (v instanceof Pair) {
      stack.push({ id, items: undefined, next: 0, unquoted: false, last: v, spine: [id], carUnquoted: [] });
      return PENDING;
    }
    let items: unknown[];
    if (Array.isArray(v)) {
      items = v;
    } else if (v instanceof Box) {
      items = [v.value];
    } else if (v instanceof HashTable) {
      items = [];
      for (const [k, val] of v.entries()) items.push(k, val);
    } else {
      // A custom printer shows its children through ctx.value: run it against a context that only
      // walks them. Values printing as expressions always need constructor style in `print` mode.
      const custom = v as CustomPrintable;
      this.runCustom(custom);
      const unquoted = this.asExpression && custom[PRINTS_AS_EXPRESSION] === true;
      this.done(id, unquoted);
      return unquoted ? UNQUOTED : PLAIN;
    }
    stack.push({ id, items, next: 0, unquoted: false, last: undefined, spine: undefined, carUnquoted: undefined });
    return PENDING;
  }

  private runCustom(v: CustomPrintable): void {
    this.checkContext ??= {
      mode: this.mode,
      quoted: false,
      text: () => {},
      // A procedure of the program prints it: nothing to walk here.
      hole: () => true,
      value: (child: unknown) => {
        this.walk(child);
      },
    };
    v[PRINT](this.checkContext);
  }

  private done(id: number, unquoted: boolean): void {
    let state = this.states[id]! & ~CHECKING;
    if (unquoted) {
      state |= CONSTRUCTOR;
      this.constructorFound = true;
    }
    this.states[id] = state;
  }

  private stepItems(f: Frame, stack: Frame[]): number {
    const items = f.items!;
    while (f.next < items.length) {
      const r = this.enter(items[f.next++], stack);
      if (r === PENDING) return PENDING;
      if (r === UNQUOTED) f.unquoted = true;
    }
    stack.pop();
    this.done(f.id, f.unquoted);
    return f.unquoted ? UNQUOTED : PLAIN;
  }

  /**
   * A list spine: walk each car, then move on to the cdr in the same frame while it is a new pair.
   * Every pair of the spine stays "checking" until the whole spine is done, as in Racket's
   * recursion. `next` is 0 while walking cars and 1 once walking the tail.
   */
  private stepSpine(f: Frame, stack: Frame[]): number {
    const spine = f.spine!;
    const carUnquoted = f.carUnquoted!;
    while (f.next === 0) {
      if (carUnquoted.length < spine.length) {
        const r = this.enter(f.last!.car, stack);
        if (r === PENDING) return PENDING;
        carUnquoted.push(r === UNQUOTED);
      }
      let tail = f.last!.cdr;
      if (this.unwrapSyntax) while (tail instanceof Syntax) tail = tail.e;
      if (tail instanceof Pair && !this.ids.has(tail)) {
        spine.push(this.discover(tail));
        f.last = tail;
        continue;
      }
      f.next = 1;
      const r = this.enter(tail, stack);
      if (r === PENDING) return PENDING;
      f.unquoted = r === UNQUOTED;
    }
    stack.pop();
    let unquoted = f.unquoted;
    for (let i = spine.length - 1; i >= 0; i--) {
      if (carUnquoted[i]) unquoted = true;
      this.done(spine[i]!, unquoted);
    }
    return unquoted ? UNQUOTED : PLAIN;
  }
}

/**
 * The walk's findings, or undefined when the value needs neither labels nor constructor style
 * (the common case, which then prints with no table lookups at all).
 */
export function buildGraph(v: unknown, mode: PrintMode, unwrapSyntax = false): Graph | undefined {
  if (quickNoGraph(v, unwrapSyntax)) return undefined;
  const b = new GraphBuilder(mode, unwrapSyntax);
  b.walk(v);
  if (!b.cycle && !b.constructorFound) return undefined;
  return { ids: b.ids, states: b.states, useLabels: b.cycle };
}
