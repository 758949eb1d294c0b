// The run-time side of `struct`, `struct-copy` and struct patterns in `match`: Racket's `struct?`
// and `struct->vector`, and internal `%`-prefixed helpers the macros expand into.

import { Pair, Sym, list, listToArray, sym } from "@rlms/reader";
import {
  Closure,
  Exn,
  LambdaInfo,
  arityMismatch,
  contractViolation,
  definePrimitive,
  formatArity,
  isProcedure,
} from "@rlms/evaluator";
import {
  StructConstructor,
  StructInstance,
  StructType,
  accessorFor,
  mutatorFor,
  predicateFor,
  registerConstructor,
  structToVector,
  structTypeOf,
} from "./struct-type.js";
import { prefabType, prefabTypeForKey } from "./prefab.js";
import { arityIncludes } from "../function.js";

const symbolNames = (l: unknown): string[] => (listToArray(l) ?? []).map((s) => (s as Sym).name);

/**
 * `(%make-struct-type 'p parent '(x y) '(#f #t) auto-count auto-value transparent? guard 'ctor
 * parent-error custom-write prefab?)`: the list `(struct:p constructor predicate accessor ...
 * mutator ...)`, with a mutator for each field flagged mutable. `parent` is the value of the
 * parent's name (its constructor or type) or #f; `parent-error` is the message when it names no
 * struct type. `custom-write` is the gen:custom-write procedure, or #f.
 */
const makeStructType = definePrimitive(
  "%make-struct-type",
  12,
  (
    name: Sym,
    parent: unknown,
    fields: unknown,
    mutable: unknown,
    autoCount: number,
    autoValue: unknown,
    transparent: boolean,
    guard: unknown,
    constructorName: Sym,
    parentError: unknown,
    customWrite: unknown,
    prefab: boolean,
  ) => {
    let parentType: StructType | undefined;
    if (parent !== false) {
      parentType = structTypeOf(parent);
      if (parentType === undefined) throw new Exn("exn:fail:syntax", String(parentError));
    }
    if (guard !== false && !isProcedure(guard)) throw contractViolation("make-struct-type", "(or/c #f procedure?)", guard);
    checkCustomWrite(customWrite);
    const fieldNames = symbolNames(fields);
    const flags = listToArray(mutable) ?? [];
    const type = prefab
      ? prefabType(name.name, parentType, fieldNames, flags, autoCount, autoValue)
      : new StructType(name.name, parentType, fieldNames, autoCount, autoValue, transparent, guard === false ? undefined : guard, undefined, {
          customWrite: customWrite === false ? undefined : customWrite,
        });
    const out: unknown[] = [type, new StructConstructor(constructorName.name, type), predicateFor(type, `${name.name}?`)];
    fieldNames.forEach((f, i) => out.push(accessorFor(type, type.firstField + i, `${name.name}-${f}`)));
    fieldNames.forEach((f, i) => {
      if (flags[i] === true) out.push(mutatorFor(type, type.firstField + i, `set-${name.name}-${f}!`));
    });
    return list(out);
  },
);

/**
 * gen:custom-write's check of its method: a procedure of three arguments (#f when the methods
 * define no `write-proc`), with Racket's message.
 */
function checkCustomWrite(proc: unknown): void {
  if (proc === false || (isProcedure(proc) && arityIncludes(proc, 3))) return;
  throw contractViolation("guard-for-prop:gen:custom-write", "(vector/c (procedure-arity-includes/c 3))", Object.freeze([proc === NO_WRITE_PROC ? false : proc]));
}

/** The gen:custom-write methods defined no `write-proc` (syntax.scm passes this marker). */
const NO_WRITE_PROC = sym("%no-write-proc");

/** The `#:guard` procedures a constructor of `type` applies, innermost first, as `(guard . arg-count)`. */
const structGuards = definePrimitive("%struct-guards", 1, (type: StructType) => {
  const out: unknown[] = [];
  for (let level: StructType | undefined = type; level !== undefined; level = level.parent) {
    if (level.guard !== undefined) out.push(new Pair(level.guard, level.constructorArity));
  }
  return list(out);
});

/**
 * Gives a Scheme procedure (the guarded constructor built in syntax.scm) the constructor's name
 * and type, so that it prints as `#<procedure:p>` and struct patterns and `struct-copy` find it.
 */
const nameConstructor = definePrimitive("%name-constructor", 2, (proc: Closure, raw: StructConstructor) => {
  const i = proc.info;
  const named = new Closure(new LambdaInfo(raw.name, i.required, i.optional, i.hasRest, i.keywords, i.frameSize, i.body, i.loc), proc.env);
  registerConstructor(named, raw.structType);
  return named;
});

/** Raises the constructor's arity error before any guard runs, as Racket does. */
const checkConstructorArity = definePrimitive("%check-constructor-arity", 2, (raw: StructConstructor, args: unknown) => {
  let n = 0;
  for (let p = args; p instanceof Pair; p = p.cdr) n++;
  if (n !== raw.arity[0]) throw arityMismatch(raw.name, formatArity(raw.arity), n);
  return true;
});

const isStruct = definePrimitive("struct?", 1, (v: unknown) => v instanceof StructInstance && v.type.partlyTransparent);

const prefabStructKey = definePrimitive("prefab-struct-key", 1, (v: unknown) => (v instanceof StructInstance ? (v.type.prefabKey ?? false) : false));

const makePrefabStruct = definePrimitive("make-prefab-struct", [1, Infinity], (key: unknown, ...values: unknown[]) => {
  if (!(key instanceof Sym) && !(key instanceof Pair)) throw contractViolation("make-prefab-struct", "prefab-key?", key);
  return prefabTypeForKey(key, values.length).instantiate(values);
});

const structToVectorPrimitive = definePrimitive("struct->vector", [1, 2], (v: unknown) => structToVector(v));

/**
 * `(%struct-copy p v '(field ...) (list parent-or-#f ...) (list value ...) messages)`: a copy of
 * `v` as an instance of p's type with the named fields replaced. `messages` holds, per field, the
 * syntax error to raise when the field does not belong to the type (Racket finds that out while
 * expanding; we can only when the struct type is known, at run time).
 */
const structCopy = definePrimitive(
  "%struct-copy",
  7,
  (typeValue: unknown, v: unknown, fields: unknown, parents: unknown, values: unknown, notAStructType: string, messages: unknown) => {
    const type = structTypeOf(typeValue);
    if (type === undefined) throw new Exn("exn:fail:syntax", notAStructType);
    const names = symbolNames(fields);
    const owners = listToArray(parents) ?? [];
    const newValues = listToArray(values) ?? [];
    const errors = listToArray(messages) ?? [];
    const indexes = names.map((name, i) => {
      const owner = owners[i] === false ? type : structTypeOf(owners[i]);
      const index = owner === undefined || !type.isSubtypeOf(owner) ? -1 : owner.ownFieldIndex(name);
      if (index < 0) throw new Exn("exn:fail:syntax", String(errors[i]));
      return index;
    });
    if (!type.isInstance(v)) throw contractViolation("struct-copy", `${type.name}?`, v);
    const copy = v.fields.slice(0, type.fieldCount);
    indexes.forEach((index, i) => (copy[index] = newValues[i]));
    return new StructInstance(type, copy);
  },
);

/**
 * For a struct pattern `(p pat ...)`: is `v` an instance of the struct type named by `p`'s value?
 * The type must have as many fields as the pattern has sub-patterns. The texts are for the errors,
 * which Racket reports while expanding (it knows the struct statically; we learn it here).
 */
const matchStruct = definePrimitive(
  "%match-struct?",
  6,
  (typeValue: unknown, v: unknown, count: number, notAStruct: string, patternText: string, fieldsText: string) => {
    const type = structTypeOf(typeValue);
    if (type === undefined) throw new Exn("exn:fail:syntax", notAStruct);
    if (count !== type.fieldCount) throw fieldCountError(type, count, patternText, fieldsText);
    return type.isInstance(v);
  },
);

function fieldCountError(type: StructType, count: number, patternText: string, fieldsText: string): Exn {
  const names = type.ancestors.flatMap((level) => level.fieldNames.map((f) => `${level.name}-${f}`));
  const detail =
    count < type.fieldCount
      ? `insufficient number of fields for structure ${type.name}: expected ${type.fieldCount} but got ${count}; missing fields (${names.slice(count).join(" ")})`
      : `excess number of fields for structure ${type.name}: expected ${type.fieldCount} but got ${count}`;
  return new Exn("exn:fail:syntax", `match: ${detail}\n  at: ${fieldsText}\n  in: ${patternText}`);
}

/** Field `i` of an instance already checked by `%struct-instance?`. */
const structField = definePrimitive("%struct-field", 2, (v: StructInstance, i: number) => v.fields[i]);

export const STRUCT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["%make-struct-type", makeStructType],
  ["%struct-guards", structGuards],
  ["%name-constructor", nameConstructor],
  ["%check-constructor-arity", checkConstructorArity],
  ["%struct-copy", structCopy],
  ["%match-struct?", matchStruct],
  ["%struct-field", structField],
  ["struct?", isStruct],
  ["prefab-struct-key", prefabStructKey],
  ["make-prefab-struct", makePrefabStruct],
  ["struct->vector", structToVectorPrimitive],
];
