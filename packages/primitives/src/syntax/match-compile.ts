// Compiling match patterns to nested tests, in continuation-passing style: the code for a
// pattern is given what to do on success (a generator of the code that follows, which sees the
// pattern's variables) and on failure (a thunk to call: the next clause, or the next way to split
// a list in an ellipsis). Every value is bound to a variable once and tested in place, so the
// scrutinee is never re-evaluated, and the success code is generated once: alternatives (`or`,
// backtracking over `pat ...`) reach it through a procedure rather than copies of it.
//
// A variable that appears twice in a pattern must match `equal?` values, as in Racket: its second
// occurrence compiles to a test against the first.

import { write, type SourceLocation } from "@rlms/reader";
import { L, core, literal, quoted, strip, syntaxErrorAt, temp, type Identifier } from "./build.js";
import { patternVariables, sameIdentifier, type ListItem, type Pattern } from "./match-patterns.js";

/** Pattern variables bound so far on the current path. */
type Bound = ReadonlyArray<Identifier>;

/** Generates the code that runs once the pattern has matched. */
export type Success = (bound: Bound) => unknown;

/**
 * What to do when a test fails: `call()` is the code (small: it appears at every test), and
 * `procedure()` an expression for the same as a thunk, for code that passes failure on.
 */
export interface Failure {
  call(): unknown;
  procedure(): unknown;
}

/** Failure by calling a thunk bound to `id`. */
export const failureThunk = (id: Identifier, loc: SourceLocation | undefined): Failure => ({ call: () => L(loc, id), procedure: () => id });

/** Failure by running `code` (which must be small). */
export const failureCode = (code: unknown, loc: SourceLocation | undefined): Failure => ({
  call: () => code,
  procedure: () => L(loc, core("lambda", loc), L(loc), code),
});

export class PatternCompiler {
  constructor(
    private readonly loc: SourceLocation | undefined,
    /** The match form's name, for errors. */
    private readonly who: string,
  ) {}

  private call(name: string, ...args: unknown[]) {
    return L(this.loc, core(name, this.loc), ...args);
  }

  private if(test: unknown, then: unknown, otherwise: unknown) {
    return L(this.loc, core("if", this.loc), test, then, otherwise);
  }

  private let(bindings: ReadonlyArray<readonly [Identifier, unknown]>, body: unknown) {
    return L(this.loc, core("let", this.loc), L(this.loc, ...bindings.map(([id, e]) => L(this.loc, id, e))), body);
  }

  private lambda(params: readonly Identifier[], body: unknown) {
    return L(this.loc, core("lambda", this.loc), L(this.loc, ...params), body);
  }

  /** `(let ([f (lambda () onFail)]) (body f))`: a failure continuation. */
  withFailure(onFail: unknown, body: (fail: Failure) => unknown): unknown {
    const f = temp("fail", this.loc);
    return this.let([[f, this.lambda([], onFail)]], body(failureThunk(f, this.loc)));
  }

  /** Code matching the value of variable `v` against `p`. */
  compile(p: Pattern, v: Identifier, bound: Bound, success: Success, fail: Failure): unknown {
    const loc = this.loc;
    const failing = fail.call();
    switch (p.kind) {
      case "any":
        return success(bound);
      case "var": {
        const earlier = bound.find((b) => sameIdentifier(b, p.id));
        if (earlier !== undefined) return this.if(this.call("equal?", earlier, v), success(bound), failing);
        return this.let([[p.id, v]], success([...bound, p.id]));
      }
      case "literal":
        return this.if(this.call("equal?", v, quoted(p.datum, loc)), success(bound), failing);
      case "equal":
        return this.if(p.compare === undefined ? this.call("equal?", v, p.expr) : L(loc, p.compare, v, p.expr), success(bound), failing);
      case "pair":
        return this.if(
          this.call("pair?", v),
          this.destructure([this.call("car", v), this.call("cdr", v)], [p.car, p.cdr], bound, success, fail),
          failing,
        );
      case "list":
        return this.sequence(p.items, 0, p.tail, v, bound, success, fail);
      case "vector":
        return this.vector(p.items, v, bound, success, fail);
      case "unordered":
        return this.unordered(p, v, bound, success, fail);
      case "box": {
        const c = temp("content", loc);
        return this.if(this.call("box?", v), this.let([[c, this.call("unbox", v)]], this.compile(p.content, c, bound, success, fail)), failing);
      }
      case "pred":
        return this.if(L(loc, p.pred, v), this.all(p.patterns, v, bound, success, fail), failing);
      case "and":
        return this.all(p.patterns, v, bound, success, fail);
      case "or":
        return this.or(p, v, bound, success, fail);
      case "not": {
        // No sub-pattern may match; their variables are not bound after.
        const tryNext = (i: number): unknown => {
          if (i === p.patterns.length) return success(bound);
          return this.withFailure(tryNext(i + 1), (next) => this.compile(p.patterns[i]!, v, bound, () => failing, next));
        };
        return tryNext(0);
      }
      case "app": {
        const results = p.patterns.map((_, i) => temp(`result${i}`, loc));
        const value = L(loc, p.fn, v);
        const body = this.each(p.patterns, results, bound, success, fail);
        return L(loc, core("let-values", loc), L(loc, L(loc, L(loc, ...results), value)), body);
      }
      case "struct":
        return this.struct(p, v, bound, success, fail);
    }
  }

  /** All patterns against the same value, left to right. */
  private all(ps: readonly Pattern[], v: Identifier, bound: Bound, success: Success, fail: Failure): unknown {
    const go = (i: number, b: Bound): unknown => (i === ps.length ? success(b) : this.compile(ps[i]!, v, b, (b2) => go(i + 1, b2), fail));
    return go(0, bound);
  }

  /**
   * Matches parts of a value (`exprs`: car and cdr, vector elements, struct fields: cheap and
   * pure) against `patterns`, binding them in one `let`: a pattern variable is bound to its part
   * directly, a `_` part is not fetched, other parts go through a temporary. An identifier in
   * place of a pattern receives its part as is (the rest of a list).
   */
  private destructure(exprs: readonly unknown[], patterns: ReadonlyArray<Pattern | Identifier>, bound: Bound, success: Success, fail: Failure): unknown {
    const bindings: [Identifier, unknown][] = [];
    const later: [Pattern, Identifier][] = [];
    let b = bound;
    patterns.forEach((p, i) => {
      if (!("kind" in p)) bindings.push([p, exprs[i]]);
      else if (p.kind === "any") return;
      else if (p.kind === "var" && !b.some((x) => sameIdentifier(x, p.id))) {
        bindings.push([p.id, exprs[i]]);
        b = [...b, p.id];
      } else {
        const t = temp("part", this.loc);
        bindings.push([t, exprs[i]]);
        later.push([p, t]);
      }
    });
    const rest = this.each(
      later.map(([p]) => p),
      later.map(([, t]) => t),
      b,
      success,
      fail,
    );
    return bindings.length === 0 ? rest : this.let(bindings, rest);
  }

  /** Each pattern against its own value. */
  private each(ps: readonly Pattern[], vs: readonly Identifier[], bound: Bound, success: Success, fail: Failure): unknown {
    const go = (i: number, b: Bound): unknown => (i === ps.length ? success(b) : this.compile(ps[i]!, vs[i]!, b, (b2) => go(i + 1, b2), fail));
    return go(0, bound);
  }

  /**
   * `(or p ...)`: the alternatives in turn; the code after the `or` is one procedure of the
   * variables they bind (every alternative must bind the same ones).
   */
  private or(p: Pattern & { kind: "or" }, v: Identifier, bound: Bound, success: Success, fail: Failure): unknown {
    const loc = this.loc;
    if (p.patterns.length === 0) return fail.call();
    const fresh = (q: Pattern) => patternVariables(q).filter((id) => !bound.some((b) => sameIdentifier(b, id)));
    const vars = fresh(p.patterns[0]!);
    for (const alt of p.patterns.slice(1)) {
      const other = fresh(alt);
      const missing = [...other.filter((y) => !vars.some((x) => sameIdentifier(x, y))), ...vars.filter((x) => !other.some((y) => sameIdentifier(x, y)))];
      if (missing.length > 0) throw syntaxErrorAt(this.who, "variable not bound in all or patterns", p.stx, missing[0]);
    }
    const k = temp("or-matched", loc);
    const alternative = (i: number): unknown => {
      const alt = p.patterns[i]!;
      const onSuccess: Success = (b) => L(loc, k, ...vars.map((x) => b.find((y) => sameIdentifier(x, y)) ?? x));
      if (i === p.patterns.length - 1) return this.compile(alt, v, bound, onSuccess, fail);
      return this.withFailure(alternative(i + 1), (next) => this.compile(alt, v, bound, onSuccess, next));
    };
    return this.let([[k, this.lambda(vars, success([...bound, ...vars]))]], alternative(0));
  }

  private vector(items: readonly ListItem[], v: Identifier, bound: Bound, success: Success, fail: Failure): unknown {
    const loc = this.loc;
    const failing = fail.call();
    if (items.some((item) => item.repeat !== undefined)) {
      const l = temp("elements", loc);
      return this.if(this.call("vector?", v), this.let([[l, this.call("vector->list", v)]], this.sequence(items, 0, undefined, l, bound, success, fail)), failing);
    }
    const test = this.call("and", this.call("vector?", v), this.call("=", this.call("vector-length", v), literal(items.length, loc)));
    const parts = items.map((_, i) => this.call("vector-ref", v, literal(i, loc)));
    return this.if(test, this.destructure(parts, items.map((item) => item.pattern), bound, success, fail), failing);
  }

  /** List items from index `i` against the list in `v`, then the tail pattern (or `()`). */
  private sequence(items: readonly ListItem[], i: number, tail: Pattern | undefined, v: Identifier, bound: Bound, success: Success, fail: Failure): unknown {
    const loc = this.loc;
    const failing = fail.call();
    if (i === items.length) {
      if (tail !== undefined) return this.compile(tail, v, bound, success, fail);
      return this.if(this.call("null?", v), success(bound), failing);
    }
    const item = items[i]!;
    if (item.repeat === undefined) {
      const rest = temp("rest", loc);
      return this.if(
        this.call("pair?", v),
        this.destructure([this.call("car", v), this.call("cdr", v)], [item.pattern, rest], bound, (b) => this.sequence(items, i + 1, tail, rest, b, success, fail), fail),
        failing,
      );
    }
    const after = items.slice(i + 1);
    if (tail === undefined && after.every((x) => x.repeat === undefined)) return this.repeatExactly(item, after.length, items, i, v, bound, success, fail);
    return this.repeatGreedily(item, items, i, tail, v, bound, success, fail);
  }

  /**
   * Binds each variable of a repeated pattern to the list of its matches (or, for a variable
   * bound before, tests that the lists are equal?).
   */
  private bindCollected(vars: readonly Identifier[], accs: readonly Identifier[], bound: Bound, fail: Failure, body: (b: Bound) => unknown): unknown {
    const go = (j: number, b: Bound): unknown => {
      if (j === vars.length) return body(b);
      const value = this.call("reverse", accs[j]);
      const earlier = b.find((x) => sameIdentifier(x, vars[j]!));
      if (earlier !== undefined) return this.if(this.call("equal?", earlier, value), go(j + 1, b), fail.call());
      return this.let([[vars[j]!, value]], go(j + 1, [...b, vars[j]!]));
    };
    return go(0, bound);
  }

  /**
   * `pat ...` followed by a fixed number of items and the end of the list: the repetition takes
   * all but that many elements, so no backtracking is needed.
   */
  private repeatExactly(item: ListItem, fixedAfter: number, items: readonly ListItem[], i: number, v: Identifier, bound: Bound, success: Success, fail: Failure): unknown {
    const loc = this.loc;
    const vars = patternVariables(item.pattern);
    const accs = vars.map((x) => temp(`${x.e.name}-matches`, loc));
    const n = temp("length", loc);
    const count = temp("count", loc);
    const loop = temp("repeat", loc);
    const l = temp("rest", loc);
    const k = temp("k", loc);
    const atEnd = this.bindCollected(vars, accs, bound, fail, (b) => this.sequence(items, i + 1, undefined, l, b, success, fail));
    const step = this.destructure(
      [this.call("car", l)],
      [item.pattern],
      [],
      () => L(loc, loop, this.call("cdr", l), this.call("-", k, literal(1, loc)), ...accs.map((a, j) => this.call("cons", vars[j], a))),
      fail,
    );
    const namedLet = L(
      loc,
      core("let", loc),
      loop,
      L(loc, L(loc, l, v), L(loc, k, count), ...accs.map((a) => L(loc, a, quoted(L(loc), loc)))),
      this.if(this.call("=", k, literal(0, loc)), atEnd, step),
    );
    return this.let(
      [[n, this.call("%proper-list-length", v)]],
      this.if(
        this.call("and", n, this.call(">=", n, literal(fixedAfter + item.repeat!, loc))),
        this.let([[count, this.call("-", n, literal(fixedAfter, loc))]], namedLet),
        fail.call(),
      ),
    );
  }

  /**
   * `pat ...` followed by patterns of their own length: Racket's matcher takes as many elements as
   * match `pat`, then gives them back one at a time until the rest matches.
   */
  private repeatGreedily(item: ListItem, items: readonly ListItem[], i: number, tail: Pattern | undefined, v: Identifier, bound: Bound, success: Success, fail: Failure): unknown {
    const loc = this.loc;
    const vars = patternVariables(item.pattern);
    const accs = vars.map((x) => temp(`${x.e.name}-matches`, loc));
    const loop = temp("repeat", loc);
    const l = temp("rest", loc);
    const count = temp("count", loc);
    const retry = temp("retry", loc);
    const tryRest = temp("try-rest", loc);
    const retrying = failureThunk(retry, loc);
    const restCode = this.bindCollected(vars, accs, bound, retrying, (b) => this.sequence(items, i + 1, tail, l, b, success, retrying));
    const tryRestProc = this.lambda([], this.if(this.call(">=", count, literal(item.repeat!, loc)), restCode, retrying.call()));
    const extend = this.if(
      this.call("pair?", l),
      this.destructure(
        [this.call("car", l)],
        [item.pattern],
        [],
        () => L(loc, loop, this.call("cdr", l), this.call("+", count, literal(1, loc)), ...accs.map((a, j) => this.call("cons", vars[j], a)), tryRest),
        failureThunk(tryRest, loc),
      ),
      L(loc, tryRest),
    );
    return L(
      loc,
      core("let", loc),
      loop,
      L(loc, L(loc, l, v), L(loc, count, literal(0, loc)), ...accs.map((a) => L(loc, a, quoted(L(loc), loc))), L(loc, retry, fail.procedure())),
      this.let([[tryRest, tryRestProc]], extend),
    );
  }

  /**
   * `(list-no-order pat ... [rest ooo])` the way Racket compiles it (racket/match's GSeq): the
   * elements are taken in order, each given to the first pattern that matches it and can take
   * another element (the rest pattern is tried first, the others take one element each); when
   * the remaining elements cannot all be placed, the element is offered to the next pattern. At
   * the end of the list every pattern must have had its elements. So `(list-no-order (? even? e)
   * r ...)` on '(1 2 3 4) binds e to 4, as in Racket.
   */
  private unordered(p: Pattern & { kind: "unordered" }, v: Identifier, bound: Bound, success: Success, fail: Failure): unknown {
    const loc = this.loc;
    const heads = [
      ...(p.rest === undefined ? [] : [{ pattern: p.rest.pattern, once: false, min: p.rest.repeat! }]),
      ...p.items.map((pattern) => ({ pattern, once: true, min: 1 })),
    ];
    const vars = heads.map((h) => patternVariables(h.pattern));
    const accs = vars.map((vs) => vs.map((x) => temp(`${x.e.name}-matches`, loc)));
    const counts = heads.map((_, i) => temp(`count${i}`, loc));
    const loop = temp("unordered", loc);
    const l = temp("rest", loc);
    const failK = temp("fail", loc);
    const rows = heads.map((_, i) => temp(`try${i}`, loc));
    const end = temp("end", loc);
    const allAccs = accs.flat();

    // At the end of the list: each pattern had enough elements; bind (or compare) its variables.
    const enough = this.call("and", ...heads.map((h, i) => this.call(">=", counts[i], literal(h.min, loc))));
    const bindVars = (i: number, j: number, b: Bound): unknown => {
      if (i === heads.length) return success(b);
      if (j === vars[i]!.length) return bindVars(i + 1, 0, b);
      const x = vars[i]![j]!;
      const value = heads[i]!.once ? this.call("car", accs[i]![j]) : this.call("reverse", accs[i]![j]);
      const earlier = b.find((y) => sameIdentifier(y, x));
      if (earlier !== undefined) return this.if(this.call("equal?", earlier, value), bindVars(i, j + 1, b), L(loc, failK));
      return this.let([[x, value]], bindVars(i, j + 1, [...b, x]));
    };
    const endCode = this.if(this.call("null?", l), this.if(enough, bindVars(0, 0, bound), L(loc, failK)), L(loc, failK));

    // Row i: give the next element to pattern i, then go on with the rest of the list.
    const row = (i: number): unknown => {
      const next = i + 1 < heads.length ? rows[i + 1]! : end;
      const e = temp("element", loc);
      const placed = (): unknown => {
        const args = heads.map((_, k) => (k === i ? this.call("+", counts[k], literal(1, loc)) : counts[k]));
        const newAccs = accs.map((as, k) => as.map((a, j) => (k === i ? this.call("cons", vars[k]![j], a) : a)));
        const call = L(loc, loop, this.call("cdr", l), ...newAccs.flat(), ...args, next);
        return heads[i]!.once ? this.if(this.call("<", counts[i], literal(1, loc)), call, L(loc, next)) : call;
      };
      const matchElement = this.let([[e, this.call("car", l)]], this.compile(heads[i]!.pattern, e, [], placed, failureThunk(next, loc)));
      return this.lambda([], this.if(this.call("pair?", l), matchElement, L(loc, next)));
    };
    // Each row refers to the next, so the last is bound outermost.
    let body: unknown = L(loc, rows[0] ?? end);
    for (let i = 0; i < heads.length; i++) body = this.let([[rows[i]!, row(i)]], body);
    body = this.let([[end, this.lambda([], endCode)]], body);
    return L(
      loc,
      core("let", loc),
      loop,
      L(loc, L(loc, l, v), ...allAccs.map((a) => L(loc, a, quoted(L(loc), loc))), ...counts.map((c) => L(loc, c, literal(0, loc))), L(loc, failK, fail.procedure())),
      body,
    );
  }

  /** `(p pat ...)` for a struct type p: the type comes from p's value at run time. */
  private struct(p: Pattern & { kind: "struct" }, v: Identifier, bound: Bound, success: Success, fail: Failure): unknown {
    const loc = this.loc;
    const test = this.call(
      "%match-struct?",
      p.name,
      v,
      literal(p.fields.length, loc),
      literal(p.notAStruct, loc),
      literal(write(strip(p.stx)), loc),
      literal(write(strip(p.fieldsStx)), loc),
    );
    const parts = p.fields.map((_, i) => this.call("%struct-field", v, literal(i, loc)));
    return this.if(test, this.destructure(parts, p.fields, bound, success, fail), fail.call());
  }
}
