// Racket's exception structs as bindings: `struct:exn:fail`, the constructor `exn:fail` (also
// `make-exn:fail`), `exn:fail?`, and accessors such as `exn-message`, `exn-continuation-marks`
// and `exn:fail:contract:variable-id`. The types are the evaluator's (errors/exn.ts: every error
// the runtime raises is an instance of one of them); the procedures are made by the same helpers
// as a program's own `struct` (syntax/struct-type.ts), so `(struct my-error exn:fail (code))`,
// `match` patterns and `struct->vector` treat them like any struct.

import { Exn, Primitive, RLMS_ONLY_EXN_KINDS, checkExnFields, exnType, exnTypeList, setUncaughtErrorDisplay, type ExnKind, type PrimitiveFn, type StructType } from "@rlms/evaluator";
import { VOID, print } from "@rlms/reader";
import { portOf } from "./ports/output.js";
import { currentErrorPort } from "./ports/port.js";
import { accessorFor, predicateFor, registerConstructor } from "./syntax/struct-type.js";

/** The constructor of a built-in exception type: Racket checks the message and the marks. */
function exnConstructor(type: StructType): Primitive {
  const constructor = new Primitive(type.name, [type.constructorArity, type.constructorArity], ((...args: unknown[]) => {
    checkExnFields(type.name, args[0], args[1]);
    return type.instantiate(args);
  }) as PrimitiveFn);
  registerConstructor(constructor, type);
  return constructor;
}

function bindingsOf(type: StructType): Array<readonly [string, unknown]> {
  const name = type.name;
  const constructor = exnConstructor(type);
  return [
    [`struct:${name}`, type],
    [name, constructor],
    [`make-${name}`, constructor],
    [`${name}?`, predicateFor(type, `${name}?`)],
    ...type.fieldNames.map((field, i) => [`${name}-${field}`, accessorFor(type, type.firstField + i, `${name}-${field}`)] as const),
  ];
}

export const EXCEPTION_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = exnTypeList()
  .filter(({ kind }) => !RLMS_ONLY_EXN_KINDS.has(kind))
  .flatMap(({ type }) => bindingsOf(type));

/** The predicate and field accessors of one of rlms's own exception types (the scaffold binds exn:fail:llm's). */
export function exceptionInspectors(kind: ExnKind): Array<readonly [string, unknown]> {
  return bindingsOf(exnType(kind)).filter(([name]) => name.endsWith("?") || (name.startsWith(`${kind}-`) && name !== `make-${kind}`));
}

/**
 * An exception nobody caught inside a `call-with-continuation-prompt` is shown on the current
 * error port before the prompt's handler runs, as Racket's default error display handler does
 * (without its `context...:` lines).
 */
setUncaughtErrorDisplay((f, value) => {
  const text = value instanceof Exn ? value.message : `uncaught exception: ${print(value)}`;
  portOf(f, "error-display-handler", undefined, currentErrorPort).write(`${text}\n`);
  f.val = VOID;
});
