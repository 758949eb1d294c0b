// (being written)
export const CHAR_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [];
