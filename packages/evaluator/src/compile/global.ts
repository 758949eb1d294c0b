// Top-level variables. A reference compiles to its cell, so a lookup is one property read and
// redefinition at top level is seen by every closure that refers to the name.

/** The value of a cell that has been declared but not yet defined. */
export const UNDEFINED: unique symbol = Symbol("undefined");

export class GlobalCell {
  value: unknown = UNDEFINED;
  /**
   * A library procedure whose definition has not been expanded yet: it is expanded, compiled and
   * created the first time compiled code refers to the cell (start-up: most programs use a small
   * part of the library written in Scheme).
   */
  private pending: (() => unknown) | undefined = undefined;

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

  /**
   * A scaffold binding: programs can neither redefine nor `set!` it at top level (the host may
   * still change its value between runs, e.g. `context`). Local shadowing is ordinary Scheme.
   */
  get isProtected(): boolean {
    return this.protection;
  }

  protect(): void {
    this.protection = true;
  }
  private protection = false;

  /** Makes this a constant cell whose value `define` computes on first use. */
  defer(define: () => unknown): void {
    this.isConstant = true;
    this.pending = define;
  }

  /**
   * The value, defining a deferred cell first. UNDEFINED while the cell's own definition is being
   * compiled (a recursive reference): the caller then compiles a run-time lookup.
   */
  resolved(): unknown {
    const define = this.pending;
    if (define !== undefined) {
      this.pending = undefined;
      try {
        this.value = define();
      } catch (e) {
        this.pending = define;
        throw e;
      }
    }
    return this.value;
  }
}
