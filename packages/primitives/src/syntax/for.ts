// The `for` family of racket/base: for, for/list, for/vector, for/hash, for/hasheq, for/hasheqv,
// racket/set's for/set, for/seteq, for/seteqv, for/mutable-set...,
// for/fold, for/foldr, for/lists, for/sum, for/product, for/first, for/last, for/and, for/or,
// and their `for*` variants. Each is a fold (what one body value does to the accumulators, and
// the result) over the loops of for-loops.ts.

import { Syntax, type SourceLocation } from "@rlms/reader";
import { generateLoops, parseBody, parseClauses, type Fold, type ForClause } from "./for-loops.js";
import {
  L,
  core,
  formParts,
  isIdentifier,
  keywordName,
  literal,
  quoted,
  syntaxErrorAt,
  syntaxList,
  temp,
  type Identifier,
  type Transformer,
} from "./build.js";

const call = (loc: SourceLocation | undefined, name: string, ...args: unknown[]) => L(loc, core(name, loc), ...args);

interface FoldForm {
  readonly fold: Fold;
  readonly inits: readonly unknown[];
}

/** A fold with one accumulator. */
function singleFold(
  loc: SourceLocation | undefined,
  name: string,
  init: unknown,
  step: (acc: Identifier, body: unknown, update: (v: unknown) => unknown, finish: (v: unknown) => unknown) => unknown,
  result: (acc: unknown) => unknown = (acc) => acc,
): FoldForm {
  const acc = temp(name, loc);
  return {
    inits: [init],
    fold: {
      accumulators: [acc],
      step: (body, update, finish) => step(acc, body, (v) => update([v]), (v) => finish([v])),
      result: ([v]) => result(v),
    },
  };
}

/** Binds the body's value to a temporary, so a step can use it more than once. */
const withValue = (loc: SourceLocation | undefined, body: unknown, use: (v: Identifier) => unknown): unknown => {
  const v = temp("v", loc);
  return L(loc, core("let", loc), L(loc, L(loc, v, body)), use(v));
};

type SimpleFold = (loc: SourceLocation | undefined) => FoldForm;

const listFold: SimpleFold = (loc) =>
  singleFold(loc, "acc", quoted(L(loc), loc), (acc, body, update) => update(call(loc, "cons", body, acc)), (acc) => call(loc, "reverse", acc));

const hashFold = (constructor: string): SimpleFold => (loc) =>
  singleFold(loc, "table", call(loc, constructor), (table, body, update) => {
    const k = temp("key", loc);
    const v = temp("value", loc);
    return L(loc, core("let-values", loc), L(loc, L(loc, L(loc, k, v), body)), update(call(loc, "hash-set", table, k, v)));
  });

/** `for/set` and friends: racket/set's for/fold over `set-add` (or `set-add!`, for mutable sets). */
const setFold = (constructor: string, mutable: boolean): SimpleFold => (loc) =>
  singleFold(loc, "set", call(loc, constructor), (set, body, update) =>
    mutable ? L(loc, core("begin", loc), call(loc, "set-add!", set, body), update(set)) : update(call(loc, "set-add", set, body)),
  );

const SIMPLE_FOLDS: Record<string, SimpleFold> = {
  for: (loc) => ({
    inits: [],
    fold: {
      accumulators: [],
      step: (body, update) => L(loc, core("begin", loc), body, update([])),
      result: () => call(loc, "void"),
    },
  }),
  "for/list": listFold,
  "for/hash": hashFold("hash"),
  "for/hasheq": hashFold("hasheq"),
  "for/hasheqv": hashFold("hasheqv"),
  "for/set": setFold("set", false),
  "for/seteq": setFold("seteq", false),
  "for/seteqv": setFold("seteqv", false),
  "for/mutable-set": setFold("mutable-set", true),
  "for/mutable-seteq": setFold("mutable-seteq", true),
  "for/mutable-seteqv": setFold("mutable-seteqv", true),
  "for/sum": (loc) => singleFold(loc, "sum", literal(0, loc), (acc, body, update) => update(call(loc, "+", acc, body))),
  "for/product": (loc) => singleFold(loc, "product", literal(1, loc), (acc, body, update) => update(call(loc, "*", acc, body))),
  // The first body value ends the loop: the body is the result, in tail position.
  "for/first": (loc) => singleFold(loc, "first", literal(false, loc), (_acc, body, _update, finish) => finish(body)),
  "for/last": (loc) => singleFold(loc, "last", literal(false, loc), (_acc, body, update) => update(body)),
  "for/and": (loc) =>
    singleFold(loc, "result", literal(true, loc), (_acc, body, update, finish) => withValue(loc, body, (v) => L(loc, core("if", loc), v, update(v), finish(v)))),
  "for/or": (loc) =>
    singleFold(loc, "result", literal(false, loc), (_acc, body, update, finish) => withValue(loc, body, (v) => L(loc, core("if", loc), v, finish(v), update(v)))),
};

/** `(form (clause ...) body ...+)` for the forms with a fixed fold. */
const simpleForm = (form: string, nested: boolean, makeFold: SimpleFold): Transformer => (stx, ctx) => {
  const items = formParts(stx, form, 2);
  const loc = stx.loc;
  const clauses = parseClauses(items[1], stx, form);
  const body = parseBody(items.slice(2), stx, form);
  const { fold, inits } = makeFold(loc);
  return generateLoops(clauses, nested, body, fold, inits, ctx, loc);
};

/** `#:result expr` at the end of an accumulator list, as for/fold and for/lists allow. */
function splitResult(items: unknown[], stx: Syntax, form: string): { specs: unknown[]; result: unknown } {
  const i = items.findIndex((x) => keywordName(x) === "result");
  if (i < 0) return { specs: items, result: undefined };
  if (i !== items.length - 2) throw syntaxErrorAt(form, "expected expression for #:result option", stx, L(undefined, ...items.slice(i + 1)));
  return { specs: items.slice(0, i), result: items[i + 1] };
}

/**
 * The result of a fold over the user's accumulators: `#:result expr`, which sees them, goes in a
 * procedure bound once around the loop, since the loop may finish from several places.
 */
function userResult(accs: readonly Identifier[], result: unknown, values: (accs: readonly unknown[]) => unknown, loc: SourceLocation | undefined) {
  if (result === undefined) return { result: values, wrap: (loops: unknown) => loops };
  const finish = temp("for-result", loc);
  return {
    result: (vals: readonly unknown[]) => L(loc, finish, ...vals),
    wrap: (loops: unknown) => L(loc, core("let", loc), L(loc, L(loc, finish, L(loc, core("lambda", loc), L(loc, ...accs), result))), loops),
  };
}

const valuesOf = (loc: SourceLocation | undefined) => (vals: readonly unknown[]) => (vals.length === 1 ? vals[0] : call(loc, "values", ...vals));

/** Binds `n` values of the body to temporaries and passes them on. */
function spreadValues(loc: SourceLocation | undefined, body: unknown, n: number, use: (vals: Identifier[]) => unknown): unknown {
  const temps = Array.from({ length: n }, (_, i) => temp(`value${i}`, loc));
  return L(loc, core("let-values", loc), L(loc, L(loc, L(loc, ...temps), body)), use(temps));
}

/** `(for/fold ([acc init] ... [#:result expr]) (clause ...) body ...+)`. */
const forFold = (form: string, nested: boolean): Transformer => (stx, ctx) => {
  const items = formParts(stx, form, 3);
  const loc = stx.loc;
  const accList = syntaxList(items[1]);
  if (accList === undefined) throw syntaxErrorAt(form, "invalid accumulator binding clause(s)", stx, items[1]);
  const { specs, result } = splitResult(accList, stx, form);
  const accs: Identifier[] = [];
  const inits: unknown[] = [];
  for (const spec of specs) {
    const p = syntaxList(spec);
    if (p === undefined || p.length !== 2 || !isIdentifier(p[0])) throw syntaxErrorAt(form, "invalid accumulator binding clause(s)", stx, items[1]);
    accs.push(p[0]);
    inits.push(p[1]);
  }
  const clauses = parseClauses(items[2], stx, form);
  const body = parseBody(items.slice(3), stx, form);
  const { result: finish, wrap } = userResult(accs, result, valuesOf(loc), loc);
  const fold: Fold = {
    accumulators: accs,
    step: (value, update) => (accs.length === 1 ? update([value]) : spreadValues(loc, value, accs.length, update)),
    result: finish,
  };
  return wrap(generateLoops(clauses, nested, body, fold, inits, ctx, loc));
};

/** `(for/lists (id ... [#:result expr]) (clause ...) body ...+)`: one list per value of the body. */
const forLists = (form: string, nested: boolean): Transformer => (stx, ctx) => {
  const items = formParts(stx, form, 3);
  const loc = stx.loc;
  const idList = syntaxList(items[1]);
  if (idList === undefined) throw syntaxErrorAt(form, "bad syntax", stx, items[1]);
  const { specs, result } = splitResult(idList, stx, form);
  if (!specs.every(isIdentifier)) throw syntaxErrorAt(form, "expected an identifier", stx, specs.find((s) => !isIdentifier(s)));
  const accs = specs as Identifier[];
  const clauses = parseClauses(items[2], stx, form);
  const body = parseBody(items.slice(3), stx, form);
  // The lists are built reversed; the result sees them in order.
  const reversed = (vals: readonly unknown[]) => vals.map((v) => call(loc, "reverse", v));
  const { result: finish, wrap } = userResult(accs, result, valuesOf(loc), loc);
  const fold: Fold = {
    accumulators: accs,
    step: (value, update) => spreadValues(loc, value, accs.length, (vals) => update(vals.map((v, i) => call(loc, "cons", v, accs[i])))),
    result: (vals) => finish(reversed(vals)),
  };
  return wrap(generateLoops(clauses, nested, body, fold, accs.map(() => quoted(L(loc), loc)), ctx, loc));
};

/**
 * `(for/vector maybe-length (clause ...) body ...+)`: without `#:length`, a list turned into a
 * vector; with it, the vector is made first and the loop stops when it is full.
 */
const forVector = (form: string, nested: boolean): Transformer => (stx, ctx) => {
  const items = formParts(stx, form, 3);
  const loc = stx.loc;
  let i = 1;
  let length: unknown;
  let fill: unknown = literal(0, loc);
  while (keywordName(items[i]) === "length" || keywordName(items[i]) === "fill") {
    if (i + 1 >= items.length) throw syntaxErrorAt(form, "bad syntax", stx, items[i]);
    if (keywordName(items[i]) === "length") length = items[i + 1];
    else fill = items[i + 1];
    i += 2;
  }
  if (i >= items.length) throw syntaxErrorAt(form, "bad syntax", stx, stx);
  const clauses: ForClause[] = parseClauses(items[i], stx, form);
  const body = parseBody(items.slice(i + 1), stx, form);
  if (length === undefined) {
    const { fold, inits } = listFold(loc);
    const toVector: Fold = { ...fold, result: (vals, l) => call(l, "list->vector", fold.result(vals, l)) };
    return generateLoops(clauses, nested, body, toVector, inits, ctx, loc);
  }
  const n = temp("length", loc);
  const vec = temp("vec", loc);
  const index = temp("index", loc);
  const fold: Fold = {
    accumulators: [index],
    step: (value, update, finish) => {
      const next = temp("next", loc);
      return L(
        loc,
        core("begin", loc),
        call(loc, "vector-set!", vec, index, value),
        L(loc, core("let", loc), L(loc, L(loc, next, call(loc, "+", index, literal(1, loc)))), L(loc, core("if", loc), call(loc, "=", next, n), finish([next]), update([next]))),
      );
    },
    result: () => vec,
  };
  const loops = generateLoops(clauses, nested, body, fold, [literal(0, loc)], ctx, loc);
  return L(
    loc,
    core("let*", loc),
    L(loc, L(loc, n, call(loc, "%check-vector-length", quoted(core(form, loc), loc), length)), L(loc, vec, call(loc, "make-vector", n, fill))),
    L(loc, core("if", loc), call(loc, "=", n, literal(0, loc)), vec, loops),
  );
};

/**
 * `(for/foldr ([acc init] ... [#:result expr]) (clause ...) body ...+)`: the iterations run first,
 * collecting the body as a procedure of the accumulators per element; then the procedures run
 * from the last element to the first.
 */
const forFoldr = (form: string, nested: boolean): Transformer => (stx, ctx) => {
  const items = formParts(stx, form, 3);
  const loc = stx.loc;
  const accList = syntaxList(items[1]);
  if (accList === undefined) throw syntaxErrorAt(form, "invalid accumulator binding clause(s)", stx, items[1]);
  const { specs, result } = splitResult(accList, stx, form);
  const pairs = specs.map((spec) => {
    const p = syntaxList(spec);
    if (p === undefined || p.length !== 2 || !isIdentifier(p[0])) throw syntaxErrorAt(form, "invalid accumulator binding clause(s)", stx, items[1]);
    return [p[0], p[1]] as const;
  });
  const accs = pairs.map(([a]) => a);
  const clauses = parseClauses(items[2], stx, form);
  const bodyItems = items.slice(3);
  const body = parseBody(bodyItems, stx, form);
  if (body.guards.length > 0) throw syntaxErrorAt(form, "#:break and #:final in the body are not supported in rlms", stx, bodyItems.find((x) => keywordName(x) !== undefined));
  const steps = temp("steps", loc);
  const collect = singleFold(loc, "steps", quoted(L(loc), loc), (acc, value, update) =>
    update(call(loc, "cons", L(loc, core("lambda", loc), L(loc, ...accs), value), acc)),
  );
  const collected = generateLoops(clauses, nested, body, collect.fold, collect.inits, ctx, loc);
  const loop = temp("for-foldr", loc);
  const rest = temp("rest", loc);
  const { result: finish, wrap } = userResult(accs, result, valuesOf(loc), loc);
  const apply = L(loc, core("lambda", loc), L(loc), L(loc, call(loc, "car", rest), ...accs));
  const again = L(loc, core("lambda", loc), L(loc, ...accs), L(loc, loop, call(loc, "cdr", rest), ...accs));
  const unfold = L(
    loc,
    core("let", loc),
    loop,
    L(loc, L(loc, rest, steps), ...pairs.map(([a, init]) => L(loc, a, init))),
    L(loc, core("if", loc), call(loc, "null?", rest), finish(accs), call(loc, "call-with-values", apply, again)),
  );
  return L(loc, core("let", loc), L(loc, L(loc, steps, collected)), wrap(unfold));
};

const FOLD_FORMS: ReadonlyArray<readonly [string, (form: string, nested: boolean) => Transformer]> = [
  ["for/fold", forFold],
  ["for/foldr", forFoldr],
  ["for/lists", forLists],
  ["for/vector", forVector],
];

function forms(): Array<readonly [string, Transformer]> {
  const out: Array<readonly [string, Transformer]> = [];
  for (const [name, makeFold] of Object.entries(SIMPLE_FOLDS)) {
    const star = name === "for" ? "for*" : name.replace("for/", "for*/");
    out.push([name, simpleForm(name, false, makeFold)], [star, simpleForm(star, true, makeFold)]);
  }
  for (const [name, make] of FOLD_FORMS) {
    const star = name.replace("for/", "for*/");
    out.push([name, make(name, false)], [star, make(star, true)]);
  }
  return out;
}

export const FOR_MACROS: ReadonlyArray<readonly [string, Transformer]> = forms();
