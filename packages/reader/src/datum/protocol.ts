// How values defined in later layers (procedures, structs, promises, handles...) take part in
// printing and equality without this package knowing them. The keys are unregistered symbols so
// that no sandbox value can forge them.

export type PrintMode = "display" | "write" | "print";

/** What a custom printer gets: where to write, and how to print a sub-value in the same mode. */
export interface PrintContext {
  readonly mode: PrintMode;
  /**
   * In `print` mode, true inside a quoted datum (`'(...)`): Racket's quote depth 1, which a
   * custom-write procedure receives as its mode argument (1 here, 0 in expression position).
   */
  readonly quoted: boolean;
  /** Append raw text. */
  text(s: string): void;
  /**
   * Print a sub-value as the printer would at this position (in `print` mode: as an expression,
   * so a quotable sub-value gets its own quote; cycles and sharing are tracked across the call).
   */
  value(v: unknown): void;
  /**
   * Leaves a hole in the output for `v`, whose printed form comes from a procedure of the program
   * (a struct's gen:custom-write), which only the caller of `printSegments` can run. Returns
   * false when the text is being produced in one go (error messages): `v` must then print
   * itself with `text`.
   */
  hole(v: unknown): boolean;
}

/** A hole left by `PrintContext.hole`: the value, and the mode and quote depth it prints in. */
export interface PrintHole {
  readonly value: unknown;
  readonly mode: PrintMode;
  readonly quoted: boolean;
}

export const PRINT: unique symbol = Symbol("rlms.print");
export const PRINTS_AS_EXPRESSION: unique symbol = Symbol("rlms.printsAsExpression");
export const EQUAL: unique symbol = Symbol("rlms.equal");
export const HASH: unique symbol = Symbol("rlms.hash");
export const QUOTABLE: unique symbol = Symbol("rlms.quotable");

export interface CustomPrintable {
  [PRINT](ctx: PrintContext): void;
  /**
   * In `print` mode, true when the value prints as an expression (a transparent struct prints as
   * `(p 1 2)`), which makes containers holding it print as `(list ...)`, `(vector ...)`, etc.
   * Absent or false: the value prints the same quoted or not (`#<procedure:f>`).
   */
  readonly [PRINTS_AS_EXPRESSION]?: boolean;
  /**
   * In `print` mode, true when the value is a datum that needs a quote in expression position and
   * whose parts print quoted, as a list does (a prefab struct prints as `'#s(p 1 (2))`).
   */
  readonly [QUOTABLE]?: boolean;
}

/** Values with structural `equal?` (transparent structs). `recur` compares sub-values. */
export interface CustomEqual {
  [EQUAL](other: unknown, recur: (a: unknown, b: unknown) => boolean): boolean;
  [HASH](recur: (x: unknown) => number): number;
}

export function isCustomPrintable(x: unknown): x is CustomPrintable {
  return typeof x === "object" && x !== null && PRINT in x;
}

export function isCustomEqual(x: unknown): x is CustomEqual {
  return typeof x === "object" && x !== null && EQUAL in x;
}
