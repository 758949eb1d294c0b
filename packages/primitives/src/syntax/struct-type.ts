// Struct types and their instances: what `(struct p (x y) ...)` creates at run time.
//
// A StructType knows its own fields and its parent; an instance stores every field of every level
// in one flat array, ancestors' fields first (so `p-x` works on an instance of a subtype). The
// constructor is a StructConstructor: a Primitive (it prints as `#<procedure:p>`) that also knows
// its type, which is how `match` patterns `(p a b)`, `struct-copy` and `(struct q p (...))` find
// the type from the name `p` at run time.

import {
  EQUAL,
  HASH,
  PRINT,
  PRINTS_AS_EXPRESSION,
  Pair,
  VOID,
  identityHash,
  stringHash,
  sym,
  symbolToWriteString,
  type CustomEqual,
  type CustomPrintable,
  type PrintContext,
} from "@rlms/reader";
import { Primitive, contractViolation, type PrimitiveFn } from "@rlms/evaluator";

/** One level of a struct type's fields, as printing and struct->vector show it. */
const OPAQUE: unique symbol = Symbol("opaque fields");

export class StructType implements CustomPrintable {
  /** This type and its ancestors, root first: `ancestors[depth] === this`. */
  readonly ancestors: readonly StructType[];
  readonly depth: number;
  /** Index of this level's first field in an instance's field array. */
  readonly firstField: number;
  /** Fields of every level. */
  readonly fieldCount: number;
  /** Arguments the constructor takes: the non-auto fields of every level. */
  readonly constructorArity: number;
  /** Every level transparent: `equal?` compares fields. */
  readonly fullyTransparent: boolean;
  /** Some level transparent: prints as `#(struct:p ...)`, not `#<p>`. */
  readonly partlyTransparent: boolean;

  constructor(
    readonly name: string,
    readonly parent: StructType | undefined,
    /** This level's field names. */
    readonly fieldNames: readonly string[],
    /** This level's `#:auto` fields (always the last ones of the level). */
    readonly autoCount: number,
    readonly autoValue: unknown,
    readonly transparent: boolean,
    /** The `#:guard` procedure, applied by the constructor (see syntax.scm). */
    readonly guard: unknown = undefined,
  ) {
    this.ancestors = parent === undefined ? [this] : [...parent.ancestors, this];
    this.depth = this.ancestors.length - 1;
    this.firstField = parent?.fieldCount ?? 0;
    this.fieldCount = this.firstField + fieldNames.length;
    this.constructorArity = (parent?.constructorArity ?? 0) + fieldNames.length - autoCount;
    this.fullyTransparent = transparent && (parent?.fullyTransparent ?? true);
    this.partlyTransparent = transparent || (parent?.partlyTransparent ?? false);
  }

  /** Is `v` an instance of this type or of a subtype? */
  isInstance(v: unknown): v is StructInstance {
    return v instanceof StructInstance && v.type.ancestors[this.depth] === this;
  }

  /** Is this type `other` or one of its subtypes? */
  isSubtypeOf(other: StructType): boolean {
    return this.ancestors[other.depth] === other;
  }

  /** A new instance from the constructor's arguments (auto fields filled in). */
  instantiate(args: readonly unknown[]): StructInstance {
    const fields = new Array<unknown>(this.fieldCount);
    let next = 0;
    for (const level of this.ancestors) {
      const own = level.fieldNames.length - level.autoCount;
      for (let i = 0; i < own; i++) fields[level.firstField + i] = args[next++];
      for (let i = own; i < level.fieldNames.length; i++) fields[level.firstField + i] = level.autoValue;
    }
    return new StructInstance(this, fields);
  }

  /**
   * The fields as printing shows them: the values of transparent levels, and one OPAQUE marker
   * for each run of opaque levels (Racket prints `#(struct:c 1 ... 3)`).
   */
  visibleFields(fields: readonly unknown[]): unknown[] {
    const out: unknown[] = [];
    for (const level of this.ancestors) {
      if (level.transparent) {
        for (let i = 0; i < level.fieldNames.length; i++) out.push(fields[level.firstField + i]);
      } else if (out[out.length - 1] !== OPAQUE) {
        out.push(OPAQUE);
      }
    }
    return out;
  }

  /** The index in an instance of this level's field `name`, or -1. */
  ownFieldIndex(name: string): number {
    const i = this.fieldNames.indexOf(name);
    return i < 0 ? -1 : this.firstField + i;
  }

  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<struct-type:${this.name}>`);
  }
}

export class StructInstance implements CustomPrintable, CustomEqual {
  constructor(
    readonly type: StructType,
    readonly fields: unknown[],
  ) {}

  /** In `print` mode a struct with visible fields prints as an expression: `(p 1 2)`. */
  get [PRINTS_AS_EXPRESSION](): boolean {
    return this.type.partlyTransparent;
  }

  [PRINT](ctx: PrintContext): void {
    const type = this.type;
    if (!type.partlyTransparent) {
      ctx.text(`#<${type.name}>`);
      return;
    }
    if (ctx.mode === "print") ctx.text(`(${symbolToWriteString(type.name)}`);
    else ctx.text(ctx.mode === "write" ? `#(${symbolToWriteString("struct:" + type.name)}` : `#(struct:${type.name}`);
    for (const v of type.visibleFields(this.fields)) {
      ctx.text(" ");
      if (v === OPAQUE) ctx.text("...");
      else ctx.value(v);
    }
    ctx.text(")");
  }

  /** Transparent structs are `equal?` field by field; others only when `eq?`. */
  [EQUAL](other: unknown, recur: (a: unknown, b: unknown) => boolean): boolean {
    if (this === other) return true;
    if (!this.type.fullyTransparent || !(other instanceof StructInstance) || other.type !== this.type) return false;
    const a = this.fields;
    const b = other.fields;
    for (let i = 0; i < a.length; i++) if (!recur(a[i], b[i])) return false;
    return true;
  }

  [HASH](recur: (x: unknown) => number): number {
    if (!this.type.fullyTransparent) return identityHash(this);
    let h = stringHash(this.type.name);
    for (const f of this.fields) h = (Math.imul(h ^ recur(f), 0x5bd1e995) ^ (h >>> 15)) | 0;
    return h;
  }
}

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
