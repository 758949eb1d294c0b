// (being written)
export const MISC_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [];
