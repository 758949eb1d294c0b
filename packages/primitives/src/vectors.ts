// (being written)
export const VECTOR_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [];
