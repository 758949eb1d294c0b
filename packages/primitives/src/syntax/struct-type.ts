// What `(struct p (x y) ...)` creates at run time besides the type (StructType and StructInstance
// are the evaluator's, values/struct.ts, because exceptions are struct instances too). The
// constructor is a StructConstructor: a Primitive (it prints as `#<procedure:p>`) that also knows
// its type, which is how `match` patterns `(p a b)`, `struct-copy` and `(struct q p (...))` find
// the type from the name `p` at run time.

import { Pair, VOID, sym } from "@rlms/reader";
import { OPAQUE, Primitive, StructInstance, StructType, contractViolation, type PrimitiveFn } from "@rlms/evaluator";

export { StructInstance, StructType };

/** `struct->vector`: `#(struct:p 1 2)`, opaque levels as the symbol `...`. */
export function structToVector(v: unknown): unknown[] {
  if (v instanceof StructInstance) {
    const t = v.type;
    return [sym(`struct:${t.name}`), ...t.visibleFields(v.fields).map((f) => (f === OPAQUE ? ELLIPSIS : f))];
  }
  // Racket shows non-struct values as opaque structs of an internal type.
  return [sym(v instanceof Pair ? "struct:pair" : "struct:simple"), ELLIPSIS];
}

const ELLIPSIS = sym("...");

/** The constructor of a struct type: a procedure named after the struct that knows its type. */
export class StructConstructor extends Primitive {
  constructor(
    name: string,
    readonly structType: StructType,
  ) {
    super(name, [structType.constructorArity, structType.constructorArity], ((...args: unknown[]) => structType.instantiate(args)) as PrimitiveFn);
  }
}

/** Procedures that stand for a struct type without being its constructor (a `#:guard` wrapper). */
const registeredConstructors = new WeakMap<object, StructType>();

export function registerConstructor(proc: object, type: StructType): void {
  registeredConstructors.set(proc, type);
}

/** The struct type a struct name is bound to at run time: its constructor, or the type itself. */
export function structTypeOf(v: unknown): StructType | undefined {
  if (v instanceof StructType) return v;
  if (v instanceof StructConstructor) return v.structType;
  return typeof v === "object" && v !== null ? registeredConstructors.get(v) : undefined;
}

export function predicateFor(type: StructType, name: string): Primitive {
  return new Primitive(name, [1, 1], ((v: unknown) => type.isInstance(v)) as PrimitiveFn);
}

export function accessorFor(type: StructType, index: number, name: string): Primitive {
  const expected = `${type.name}?`;
  return new Primitive(name, [1, 1], ((v: unknown) => {
    if (!type.isInstance(v)) throw contractViolation(name, expected, v);
    return v.fields[index];
  }) as PrimitiveFn);
}

export function mutatorFor(type: StructType, index: number, name: string): Primitive {
  const expected = `${type.name}?`;
  return new Primitive(name, [2, 2], ((v: unknown, x: unknown) => {
    if (!type.isInstance(v)) throw contractViolation(name, expected, v);
    v.fields[index] = x;
    return VOID;
  }) as PrimitiveFn);
}
