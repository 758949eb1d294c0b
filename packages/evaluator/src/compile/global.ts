// Top-level variables. A reference compiles to its cell, so a lookup is one property read and
// redefinition at top level is seen by every closure that refers to the name.

/** The value of a cell that has been declared but not yet defined. */
export const UNDEFINED: unique symbol = Symbol("undefined");

export class GlobalCell {
  value: unknown = UNDEFINED;
  constructor(
    readonly name: string,
    /** Library and scaffold bindings are constant: `set!` and redefinition are refused. */
    readonly constant: boolean = false,
  ) {}
}
