// (being written)
export const LIST_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [];
