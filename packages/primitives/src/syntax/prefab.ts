// Prefab structure types (`#:prefab`): a type is identified by its key, not by the `struct` form
// that made it, so two definitions of `(struct pt (x y) #:prefab)` make the same type and their
// instances are equal?. Instances print as `#s(KEY field ...)` with Racket's shortest key:
// `pt`, `(mp #(1))` for a mutable field, `(a (1 0))` for an auto field with its value,
// `(pt3 pt 2)` for a parent (whose field count is part of the key).

import { Sym, list, sym, write } from "@rlms/reader";
import { Exn, StructType } from "@rlms/evaluator";

/** What a prefab type's key says about one level of fields. */
interface PrefabLevel {
  readonly name: string;
  readonly fieldCount: number;
  readonly autoCount: number;
  readonly autoValue: unknown;
  /** Indexes (within the level) of the mutable fields. */
  readonly mutable: readonly number[];
}

/** Every prefab type made so far, by its full key and total field count. */
const registry = new Map<string, StructType>();

/** The levels of a prefab type, root last (as keys list them: the type first, then its parents). */
const levelsOf = new WeakMap<StructType, readonly PrefabLevel[]>();

function levelParts(level: PrefabLevel, withCount: boolean): unknown[] {
  const parts: unknown[] = [sym(level.name)];
  if (withCount) parts.push(level.fieldCount);
  if (level.autoCount > 0) parts.push(list([level.autoCount, level.autoValue]));
  if (level.mutable.length > 0) parts.push(Object.freeze([...level.mutable]));
  return parts;
}

/** Racket's shortest key: the first level without its field count, then the parents with theirs. */
function shortKey(levels: readonly PrefabLevel[]): unknown {
  const parts = [...levelParts(levels[0]!, false), ...levels.slice(1).flatMap((l) => levelParts(l, true))];
  return parts.length === 1 ? parts[0] : list(parts);
}

function registryKey(key: unknown, fieldCount: number): string {
  return `${fieldCount} ${write(key)}`;
}

/**
 * The prefab type for a `struct` form: the registered one with the same key, or a new one. The
 * parent (if any) must be prefab; the caller has checked the rest of the form.
 */
export function prefabType(name: string, parent: StructType | undefined, fieldNames: readonly string[], mutableFlags: readonly unknown[], autoCount: number, autoValue: unknown): StructType {
  if (parent !== undefined && parent.prefabKey === undefined) {
    throw new Exn("exn:fail:contract", `make-struct-type: generative supertype disallowed for non-generative structure type\n  structure type name: '${name}`);
  }
  const mutable = mutableFlags.flatMap((flag, i) => (flag === true ? [i] : []));
  const level: PrefabLevel = { name, fieldCount: fieldNames.length, autoCount, autoValue, mutable };
  const levels = [level, ...(parent === undefined ? [] : levelsOf.get(parent)!)];
  const key = shortKey(levels);
  const id = registryKey(key, (parent?.fieldCount ?? 0) + fieldNames.length);
  let type = registry.get(id);
  if (type === undefined) {
    type = new StructType(name, parent, fieldNames, autoCount, autoValue, true, undefined, undefined, { prefabKey: key });
    levelsOf.set(type, levels);
    registry.set(id, type);
  }
  return type;
}

/** `(make-prefab-struct key v ...)`: a symbol key names a type with that many fields. */
export function prefabTypeForKey(key: unknown, fieldCount: number): StructType {
  const registered = registry.get(registryKey(key, fieldCount));
  if (registered !== undefined) return registered;
  if (!(key instanceof Sym)) {
    throw new Exn("exn:fail:unsupported", `make-prefab-struct: a prefab key other than a symbol is supported only for a prefab type already defined in the program\n  key: ${write(key)}`);
  }
  const name = key.name;
  const fieldNames = Array.from({ length: fieldCount }, (_, i) => `field${i}`);
  return prefabType(name, undefined, fieldNames, [], 0, false);
}
