// racket/set over hash sets (SetValue) and lists, following collects/racket/private/set.rkt
// (the list methods) and set-types.rkt (the hash-set methods): which set an operation starts
// from, the order elements are visited in, and the errors. set-map and set-for-each, which call
// a procedure of the program, are in scheme/sets.scm over `%set-elements`.

import { NIL, isEqual, list, listToArray, VOID, type HashKind } from "@rlms/reader";
import { contractViolation, definePrimitive, type Primitive } from "@rlms/evaluator";
import { argumentError } from "../numbers/checks.js";
import { compatibleSets, genericSet, hashSet, isGenericSet, makeSet, wrongMutability, type GenericSet } from "./arguments.js";
import { SetValue } from "./set-value.js";

const member = (items: readonly unknown[], x: unknown): boolean => items.some((y) => isEqual(y, x));

/** `list-add`: a list with x in front, unless it is a member already. */
const listAdd = (items: unknown[], x: unknown): unknown[] => (member(items, x) ? items : [x, ...items]);

/** The elements of a generic set in iteration order. */
const elementsOf = (s: GenericSet): readonly unknown[] => (s instanceof SetValue ? s.elements() : s);

const countOf = (s: GenericSet): number => (s instanceof SetValue ? s.size : s.length);

const contains = (s: GenericSet, x: unknown): boolean => (s instanceof SetValue ? s.has(x) : member(s, x));

function constructor(name: string, kind: HashKind, mutable: boolean): Primitive {
  return definePrimitive(name, [0, Infinity], (...elements: unknown[]) => makeSet(kind, mutable, elements));
}

/** `(list->set l)`: Racket walks `l` as a stream, hence the error's wording. */
function fromList(name: string, kind: HashKind, mutable: boolean): Primitive {
  return definePrimitive(name, 1, (l: unknown) => {
    const items = listToArray(l);
    if (items === undefined) throw contractViolation("in-stream", "stream?", l);
    return makeSet(kind, mutable, items);
  });
}

/** The elements of a proper list (not a hash set), or undefined. */
const listItems = (v: unknown): unknown[] | undefined => (v instanceof SetValue ? undefined : listToArray(v));

/** A gen:set method of fixed arity: the set is checked, then `f` gets it and the other arguments. */
function method(name: string, arity: number | readonly [number, number], f: (s: GenericSet, args: unknown[]) => unknown): Primitive {
  return definePrimitive(name, arity, (...args: unknown[]) => f(genericSet(name, args), args));
}

/** The second set of set=?, subset? and proper-subset?: a generic set compatible with the first. */
function secondSet(who: string, s: GenericSet, args: readonly unknown[]): GenericSet {
  const s2 = args[1];
  if (Array.isArray(s)) {
    const items = listItems(s2);
    if (items === undefined) throw contractViolation(who, "list?", s2);
    return items;
  }
  if (!isGenericSet(s2)) throw argumentError(who, "generic-set?", args, 1);
  return compatibleSets(who, args)[0]!;
}

const isSubset = (a: GenericSet, b: GenericSet): boolean => elementsOf(a).every((x) => contains(b, x));

const setFirst = method("set-first", 1, (s) => {
  const items = elementsOf(s);
  if (items.length === 0) {
    if (Array.isArray(s)) throw contractViolation("car", "pair?", NIL);
    throw contractViolation("set-first", "(and/c generic-set? (not/c set-empty?))", s);
  }
  return items[0];
});

const setRest = method("set-rest", 1, (s) => {
  if (Array.isArray(s)) {
    if (s.length === 0) throw contractViolation("cdr", "pair?", NIL);
    return list(s.slice(1));
  }
  if (s.mutable) throw wrongMutability("set-rest", s);
  const items = s.elements();
  if (items.length === 0) throw contractViolation("set-rest", "(and/c generic-set? (not/c set-empty?))", s);
  return s.without(items[0]);
});

const setAdd = method("set-add", 2, (s, [, x]) => (Array.isArray(s) ? list(listAdd(s, x)) : hashSet("set-add", s, false).with(x)));

const setRemove = method("set-remove", 2, (s, [, x]) =>
  Array.isArray(s) ? list(s.filter((y) => !isEqual(y, x))) : hashSet("set-remove", s, false).without(x),
);

// ---- union, intersection, difference ----------------------------------------------------------

/** The others of a list operation must be lists (Racket's list methods say so by position). */
function otherLists(who: string, args: readonly unknown[]): unknown[][] {
  return args.slice(1).map((other, i) => {
    const items = listItems(other);
    if (items === undefined) {
      // list-union walks the other set with in-list; the others check list? first.
      if (who === "set-union") throw contractViolation("in-list", "list?", other);
      throw argumentError(who, "list?", args, i + 1);
    }
    return items;
  });
}

/** Racket's choice of the table an immutable result starts from: the largest (or smallest) immutable set, the first on ties. */
function chooseImmutable(s: SetValue, others: readonly SetValue[], better: (a: number, b: number) => boolean): SetValue {
  let chosen = s;
  for (const o of others) if (!o.mutable && better(o.size, chosen.size)) chosen = o;
  return chosen;
}

type Combine = (who: string, s: SetValue, others: SetValue[]) => SetValue;

const union: Combine = (_who, s, others) => {
  const base = chooseImmutable(s, others, (a, b) => a > b);
  let out = base.mutable ? SetValue.empty(s.kind, false) : base;
  for (const s2 of [s, ...others]) if (s2 !== base || base.mutable) for (const x of s2.elements()) out = out.with(x);
  return out;
};

const intersect: Combine = (_who, s, others) => {
  const smallest = chooseImmutable(s, others, (a, b) => a < b);
  const all = [s, ...others];
  let out = smallest.mutable ? makeSet(s.kind, false, smallest.elements()) : smallest;
  for (const x of smallest.elements()) if (!all.every((s2) => s2 === smallest || s2.has(x))) out = out.without(x);
  return out;
};

const subtract: Combine = (_who, s, others) => {
  let out = s;
  for (const x of s.elements()) if (others.some((s2) => s2.has(x))) out = out.without(x);
  return out;
};

const symmetricDifference: Combine = (_who, s, others) => {
  const base = chooseImmutable(s, others, (a, b) => a > b);
  let out = base;
  for (const s2 of [s, ...others].filter((x) => x !== base)) for (const x of s2.elements()) out = out.has(x) ? out.without(x) : out.with(x);
  return out;
};

const LIST_COMBINE: Record<string, (s: unknown[], others: unknown[][]) => unknown[]> = {
  "set-union": (s, others) => others.reduce((acc, o) => o.reduce(listAdd, acc), s),
  "set-intersect": (s, others) => s.filter((x) => others.every((o) => member(o, x))).reduce(listAdd, [] as unknown[]),
  "set-subtract": (s, others) => s.filter((x) => !others.some((o) => member(o, x))).reduce(listAdd, [] as unknown[]),
  "set-symmetric-difference": (s, others) =>
    others.reduce((acc: unknown[], o) => o.reduce((a: unknown[], x) => (member(a, x) ? a.filter((y) => !isEqual(y, x)) : listAdd(a, x)), acc), s),
};

function combination(name: string, combine: Combine): Primitive {
  return method(name, [1, Infinity], (s, args) => {
    if (Array.isArray(s)) return list(LIST_COMBINE[name]!(s, otherLists(name, args)));
    if (s.mutable) throw wrongMutability(name, s);
    return combine(name, s, compatibleSets(name, args));
  });
}

/** What `set-union!` and friends do to the mutable set, in Racket's order of visits. */
type CombineInPlace = (target: SetValue, others: readonly SetValue[]) => void;

const unionInPlace: CombineInPlace = (target, others) => {
  for (const s2 of others) for (const x of s2.elements()) target.add(x);
};

const intersectInPlace: CombineInPlace = (target, others) => {
  for (const x of target.elements().slice()) if (!others.every((s2) => s2.has(x))) target.remove(x);
};

const subtractInPlace: CombineInPlace = (target, others) => {
  for (const x of target.elements().slice()) if (others.some((s2) => s2.has(x))) target.remove(x);
};

const symmetricDifferenceInPlace: CombineInPlace = (target, others) => {
  for (const s2 of others) {
    for (const x of s2.elements()) {
      if (target.has(x)) target.remove(x);
      else target.add(x);
    }
  }
};

/** `set-union!` and friends: `s`, a mutable set, changes in place. */
function combinationInPlace(name: string, combine: CombineInPlace): Primitive {
  return method(name, [1, Infinity], (s, args) => {
    combine(hashSet(name, s, true), compatibleSets(name, args));
    return VOID;
  });
}

// ---- the table ------------------------------------------------------------------------------

const kindIs = (kind: HashKind) => (v: unknown) => v instanceof SetValue && v.kind === kind;

export const SET_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["set", constructor("set", "equal", false)],
  ["seteq", constructor("seteq", "eq", false)],
  ["seteqv", constructor("seteqv", "eqv", false)],
  ["mutable-set", constructor("mutable-set", "equal", true)],
  ["mutable-seteq", constructor("mutable-seteq", "eq", true)],
  ["mutable-seteqv", constructor("mutable-seteqv", "eqv", true)],
  ["list->set", fromList("list->set", "equal", false)],
  ["list->seteq", fromList("list->seteq", "eq", false)],
  ["list->seteqv", fromList("list->seteqv", "eqv", false)],
  ["list->mutable-set", fromList("list->mutable-set", "equal", true)],
  ["list->mutable-seteq", fromList("list->mutable-seteq", "eq", true)],
  ["list->mutable-seteqv", fromList("list->mutable-seteqv", "eqv", true)],
  ["set?", definePrimitive("set?", 1, (v: unknown) => v instanceof SetValue && !v.mutable)],
  ["set-mutable?", definePrimitive("set-mutable?", 1, (v: unknown) => v instanceof SetValue && v.mutable)],
  ["set-weak?", definePrimitive("set-weak?", 1, () => false)],
  ["set-equal?", definePrimitive("set-equal?", 1, kindIs("equal"))],
  ["set-eqv?", definePrimitive("set-eqv?", 1, kindIs("eqv"))],
  ["set-eq?", definePrimitive("set-eq?", 1, kindIs("eq"))],
  ["generic-set?", definePrimitive("generic-set?", 1, isGenericSet)],
  ["set-empty?", method("set-empty?", 1, (s) => countOf(s) === 0)],
  ["set-count", method("set-count", 1, countOf)],
  ["set-member?", method("set-member?", 2, (s, [, x]) => contains(s, x))],
  ["set=?", method("set=?", 2, (s, args) => {
    const s2 = secondSet("set=?", s, args);
    return isSubset(s, s2) && isSubset(s2, s);
  })],
  ["subset?", method("subset?", 2, (s, args) => isSubset(s, secondSet("subset?", s, args)))],
  ["proper-subset?", method("proper-subset?", 2, (s, args) => {
    const s2 = secondSet("proper-subset?", s, args);
    return isSubset(s, s2) && !isSubset(s2, s);
  })],
  ["set->list", method("set->list", 1, (s) => (Array.isArray(s) ? list(s) : list([...s.elements()].reverse())))],
  ["set-first", setFirst],
  ["set-rest", setRest],
  ["set-add", setAdd],
  ["set-remove", setRemove],
  ["set-clear", method("set-clear", 1, (s) => (Array.isArray(s) ? NIL : SetValue.empty(hashSet("set-clear", s, false).kind, false)))],
  ["set-copy", method("set-copy", 1, (s) => hashSet("set-copy", s, s instanceof SetValue && s.mutable).mutableCopy())],
  ["set-copy-clear", method("set-copy-clear", 1, (s) => (Array.isArray(s) ? NIL : SetValue.empty(s.kind, s.mutable)))],
  ["set-union", combination("set-union", union)],
  ["set-intersect", combination("set-intersect", intersect)],
  ["set-subtract", combination("set-subtract", subtract)],
  ["set-symmetric-difference", combination("set-symmetric-difference", symmetricDifference)],
  ["set-add!", method("set-add!", 2, (s, [, x]) => {
    hashSet("set-add!", s, true).add(x);
    return VOID;
  })],
  ["set-remove!", method("set-remove!", 2, (s, [, x]) => {
    hashSet("set-remove!", s, true).remove(x);
    return VOID;
  })],
  ["set-clear!", method("set-clear!", 1, (s) => {
    hashSet("set-clear!", s, true).clear();
    return VOID;
  })],
  ["set-union!", combinationInPlace("set-union!", unionInPlace)],
  ["set-intersect!", combinationInPlace("set-intersect!", intersectInPlace)],
  ["set-subtract!", combinationInPlace("set-subtract!", subtractInPlace)],
  ["set-symmetric-difference!", combinationInPlace("set-symmetric-difference!", symmetricDifferenceInPlace)],
  // set-map and set-for-each (scheme/sets.scm) take the elements from here.
  ["%set-elements", definePrimitive("%set-elements", 3, (who: { name: string }, s: unknown, f: unknown) => list([...elementsOf(genericSet(who.name, [s, f]))]))],
];
