// Top-level variables. A reference compiles to its cell, so a lookup is one property read and
// redefinition at top level is seen by every closure that refers to the name.

/** The value of a cell that has been declared but not yet defined. */
export const UNDEFINED: unique symbol = Symbol("undefined");

export class GlobalCell {
  value: unknown = UNDEFINED;
  constructor(
    readonly name: string,
    /**
     * Library and scaffold bindings are constant: `set!` is refused and compiled code may use
     * the value directly. A library written in Scheme is defined first, then sealed.
     */
    private isConstant: boolean = false,
  ) {}

  get constant(): boolean {
    return this.isConstant;
  }

  seal(): void {
    this.isConstant = true;
  }
}
