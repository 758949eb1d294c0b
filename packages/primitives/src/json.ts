// (being written)
export const JSON_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [];
