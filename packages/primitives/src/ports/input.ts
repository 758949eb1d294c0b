// (being written)
export const INPUT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [];
