// (being written)
export const FUNCTION_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [];
