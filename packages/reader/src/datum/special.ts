// Singletons and small containers that every layer prints and compares.

class VoidValue {}
class EofValue {}

/** The result of `(void)`: prints as `#<void>`. */
export const VOID: VoidValue = Object.freeze(new VoidValue());
/** The end-of-file object: prints as `#<eof>`. */
export const EOF: EofValue = Object.freeze(new EofValue());

/** A box (`#&v`). Literal boxes are immutable. */
export class Box {
  constructor(
    public value: unknown,
    readonly mutable = true,
  ) {}
}

/**
 * A mutable string. Immutable strings (literals, and the results of most string procedures) are
 * plain JS strings; `make-string`, `string-copy` and friends return an MString so `string-set!`
 * works. Both are `string?` and `equal?` compares their contents.
 */
export class MString {
  constructor(public value: string) {}
  toString(): string {
    return this.value;
  }
}

export function isSchemeString(x: unknown): x is string | MString {
  return typeof x === "string" || x instanceof MString;
}

export function stringValue(x: string | MString): string {
  return typeof x === "string" ? x : x.value;
}
