// (being written)
export const HASH_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [];
