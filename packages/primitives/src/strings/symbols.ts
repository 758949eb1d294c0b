// (being written)
export const SYMBOL_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [];
