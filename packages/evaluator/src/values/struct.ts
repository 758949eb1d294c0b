// Struct types and their instances, the representation behind `struct` (primitives'
// syntax/struct*.ts) and Racket's exception values (errors/exn.ts: an Exn is a struct instance
// whose type descends from `exn`), which is why they live in the evaluator.
//
// A StructType knows its own fields and its parent; an instance stores every field of every level
// in one flat array, ancestors' fields first (so `p-x` works on an instance of a subtype).

import {
  EQUAL,
  HASH,
  PRINT,
  PRINTS_AS_EXPRESSION,
  QUOTABLE,
  identityHash,
  stringHash,
  symbolToWriteString,
  type CustomEqual,
  type CustomPrintable,
  type PrintContext,
} from "@rlms/reader";

/** One level of a struct type's fields, as printing and struct->vector show it. */
export const OPAQUE: unique symbol = Symbol("opaque fields");

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
  /**
   * Makes the instance object. Inherited, so that instances of every subtype of `exn` (including
   * a program's `(struct my-error exn:fail (code))`) are Exn objects the machine can locate,
   * give a backtrace to and report.
   */
  readonly makeInstance: (type: StructType, fields: unknown[]) => StructInstance;
  /**
   * The procedure `(v port mode)` that prints instances (`#:methods gen:custom-write`,
   * `#:property prop:custom-write`), inherited by subtypes. Printing leaves a hole for it
   * (PrintContext.hole) that the output procedures fill by calling it on the fiber.
   */
  readonly customWrite: unknown;
  /** A prefab type's key as `#s(...)` prints it (`pt`, `(pt3 pt 2)`); undefined for other types. */
  readonly prefabKey: unknown;

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
    makeInstance?: (type: StructType, fields: unknown[]) => StructInstance,
    properties: { readonly customWrite?: unknown; readonly prefabKey?: unknown } = {},
  ) {
    this.customWrite = properties.customWrite ?? parent?.customWrite;
    this.prefabKey = properties.prefabKey;
    this.makeInstance = makeInstance ?? parent?.makeInstance ?? ((type, fields) => new StructInstance(type, fields));
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
    return this.makeInstance(this, fields);
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

  /**
   * In `print` mode a struct with visible fields prints as an expression: `(p 1 2)`; not one with
   * its own printer, nor a prefab struct, which is a datum (`'#s(p 1 2)`).
   */
  get [PRINTS_AS_EXPRESSION](): boolean {
    const type = this.type;
    return type.partlyTransparent && type.customWrite === undefined && type.prefabKey === undefined;
  }

  get [QUOTABLE](): boolean {
    return this.type.prefabKey !== undefined && this.type.customWrite === undefined;
  }

  [PRINT](ctx: PrintContext): void {
    const type = this.type;
    // Without a hole to leave (an error message), such a struct prints as it would without its printer.
    if (type.customWrite !== undefined && ctx.hole(this)) return;
    if (type.prefabKey !== undefined) {
      ctx.text("#s(");
      ctx.value(type.prefabKey);
      for (const v of this.fields) {
        ctx.text(" ");
        ctx.value(v);
      }
      ctx.text(")");
      return;
    }
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

