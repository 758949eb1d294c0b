// (being written)
export const STRING_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [];
