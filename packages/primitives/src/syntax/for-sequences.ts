// How one `for` clause `[id seq]` / `[(id ...) seq]` iterates: the loop it contributes to.
//
// When the sequence is written as `(in-range ...)`, `(in-naturals ...)`, `(in-list ...)`,
// `(in-vector v)`, a literal exact nonnegative integer or a quoted list (and `in-range`... still
// mean the library's), the clause gets a loop of its own: a counter or a list pointer, with no
// allocation per element. Anything else is asked at run time for its sequence (sequence.ts) and
// iterated through positions, two calls per element.

import { NIL, Pair, Syntax, type SourceLocation } from "@rlms/reader";
import { L, core, isKeywordId, literal, syntaxList, temp, type ExpandContext, type Identifier } from "./build.js";

/** What a clause adds to the loop of its level. */
export interface ClausePlan {
  /** Bound once when the level's loop starts (independent of each other): the sequence. */
  readonly setup: ReadonlyArray<readonly [Identifier, unknown]>;
  /** Bound after `setup`, from it (a vector's length). */
  readonly derived: ReadonlyArray<readonly [Identifier, unknown]>;
  /** Evaluated after the bindings, for their errors (the arguments of in-range). */
  readonly checks: readonly unknown[];
  /** The loop's own variables and their first values. */
  readonly loopVars: ReadonlyArray<readonly [Identifier, unknown]>;
  /** True when there is an element; undefined for sequences that never end. */
  readonly more: unknown;
  /** The element, as many values as the clause has identifiers. */
  readonly element: unknown;
  /** The loop variables' next values, in order. */
  readonly next: readonly unknown[];
  /**
   * For sequences known only at run time, when `more` fails: `pending` tests whether a
   * procedural sequence's loop driver holds a position still to compute (procedural-sequence.ts),
   * `forced` is the loop variable `position`'s value to go round again with.
   */
  readonly force?: { readonly position: Identifier; readonly pending: unknown; readonly forced: unknown };
}

type Planner = (args: unknown[], ids: readonly Identifier[], loc: SourceLocation | undefined) => ClausePlan | undefined;

const call = (loc: SourceLocation | undefined, name: string, ...args: unknown[]) => L(loc, core(name, loc), ...args);

/** A real-number literal's sign, or undefined when the syntax is not a literal number. */
function literalSign(x: unknown): number | undefined {
  const e = x instanceof Syntax ? x.e : x;
  if (typeof e === "number") return Math.sign(e);
  if (typeof e === "bigint") return e < 0n ? -1 : 1;
  return undefined;
}

const isLiteralNumber = (x: unknown): boolean => literalSign(x) !== undefined;

/** `(in-range end)`, `(in-range start end)`, `(in-range start end step)`. */
const inRange: Planner = (args, ids, loc) => {
  if (args.length < 1 || args.length > 3 || ids.length !== 1) return undefined;
  const operands = args.length === 1 ? [literal(0, loc), args[0], literal(1, loc)] : [args[0], args[1], args[2] ?? literal(1, loc)];
  // Literal numbers are used in place; other operands are evaluated once, in order, and checked.
  const setup: [Identifier, unknown][] = [];
  const [start, end, step] = operands.map((x, k) => {
    if (isLiteralNumber(x)) return x;
    const t = temp(["start", "end", "step"][k]!, loc);
    setup.push([t, x]);
    return t;
  });
  const checks = setup.length === 0 ? [] : [call(loc, "%check-in-range", start, end, step)];
  const i = temp("i", loc);
  const sign = literalSign(step);
  const more = sign === undefined ? call(loc, "%range-more?", i, end, step) : call(loc, sign >= 0 ? "<" : ">", i, end);
  return { setup, derived: [], checks, loopVars: [[i, start]], more, element: i, next: [call(loc, "+", i, step)] };
};

/** A literal exact nonnegative integer `n` used as a sequence is `(in-range n)`. */
const countTo = (n: unknown, ids: readonly Identifier[], loc: SourceLocation | undefined): ClausePlan | undefined => inRange([n], ids, loc);

const inNaturals: Planner = (args, ids, loc) => {
  if (args.length > 1 || ids.length !== 1) return undefined;
  const i = temp("i", loc);
  const start = args.length === 0 ? literal(0, loc) : call(loc, "%check-in-naturals", args[0]);
  return { setup: [], derived: [], checks: [], loopVars: [[i, start]], more: undefined, element: i, next: [call(loc, "+", i, literal(1, loc))] };
};

const listLoop = (list: unknown, loc: SourceLocation | undefined): ClausePlan => {
  const l = temp("lst", loc);
  return { setup: [], derived: [], checks: [], loopVars: [[l, list]], more: call(loc, "pair?", l), element: call(loc, "car", l), next: [call(loc, "cdr", l)] };
};

const inList: Planner = (args, ids, loc) => (args.length === 1 && ids.length === 1 ? listLoop(call(loc, "%check-in-list", args[0]), loc) : undefined);

/** `(in-vector v)`; with a start, stop or step it is the procedure's sequence. */
const inVector: Planner = (args, ids, loc) => {
  if (args.length !== 1 || ids.length !== 1) return undefined;
  const v = temp("vec", loc);
  const n = temp("len", loc);
  const i = temp("i", loc);
  return {
    setup: [[v, call(loc, "%check-in-vector", args[0])]],
    derived: [[n, call(loc, "vector-length", v)]],
    checks: [],
    loopVars: [[i, literal(0, loc)]],
    more: call(loc, "<", i, n),
    element: call(loc, "vector-ref", v, i),
    next: [call(loc, "+", i, literal(1, loc))],
  };
};

const SPECIALISED: ReadonlyArray<readonly [string, Planner]> = [
  ["in-range", inRange],
  ["in-naturals", inNaturals],
  ["in-list", inList],
  ["in-vector", inVector],
];

/** Any sequence value, dispatched at run time. */
function generic(seq: unknown, ids: readonly Identifier[], loc: SourceLocation | undefined): ClausePlan {
  const s = temp("seq", loc);
  const pos = temp("pos", loc);
  // The error for a non-sequence names the first identifier, as Racket's does.
  const name = ids[0] ?? core("_", loc);
  return {
    setup: [[s, call(loc, "%sequence", seq, call(loc, "quote", name))]],
    derived: [],
    checks: [],
    loopVars: [[pos, call(loc, "%sequence-start", s)]],
    more: pos,
    element: call(loc, ids.length === 1 ? "%sequence-ref1" : "%sequence-ref", s, pos),
    next: [call(loc, "%sequence-next", s, pos)],
    force: { position: pos, pending: call(loc, "%loop-pending?", s), forced: call(loc, "%loop-force", s, pos) },
  };
}

/** Is `x` a quoted proper list, `'(a b c)`? */
function isQuotedList(x: unknown, ctx: ExpandContext): boolean {
  const parts = syntaxList(x);
  if (parts === undefined || parts.length !== 2 || !isKeywordId(parts[0], "quote", ctx)) return false;
  let d = parts[1] instanceof Syntax ? parts[1].e : parts[1];
  while (d instanceof Pair) d = d.cdr instanceof Syntax ? d.cdr.e : d.cdr;
  return d === NIL;
}

/** The plan of the clause binding `ids` to the elements of `seq`. */
export function planClause(ids: readonly Identifier[], seq: unknown, ctx: ExpandContext): ClausePlan {
  const loc = seq instanceof Syntax ? seq.loc : undefined;
  const e = seq instanceof Syntax ? seq.e : seq;
  if ((typeof e === "number" && Number.isInteger(e) && e >= 0) || (typeof e === "bigint" && e >= 0n)) {
    const plan = countTo(seq, ids, loc);
    if (plan !== undefined) return plan;
  }
  if (ids.length === 1 && isQuotedList(seq, ctx)) return listLoop(seq, loc);
  const parts = syntaxList(seq);
  if (parts !== undefined && parts.length > 0) {
    for (const [name, planner] of SPECIALISED) {
      if (isKeywordId(parts[0], name, ctx)) {
        const plan = planner(parts.slice(1), ids, loc);
        if (plan !== undefined) return plan;
        break;
      }
    }
  }
  return generic(seq, ids, loc);
}
