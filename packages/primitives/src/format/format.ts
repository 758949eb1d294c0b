// (being written)
export const FORMAT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [];
