export { ReadError } from "./read-error.js";
export { DatumReader, END, readAll, readOne, readSyntaxAll, type ReadOptions } from "./builder.js";
export { parseNumber, type NumberParse } from "./number-syntax.js";
export { schemeLexer } from "./lexer.js";
export { outline, type OutlineEntry } from "./outline.js";
export type { TextOrigin } from "./token-stream.js";
