export { ReadError } from "./read-error.js";
export { DatumReader, END, readAll, readOne, readSyntaxAll, type ReadOptions } from "./builder.js";
export { parseNumber, type NumberParse } from "./number-syntax.js";
export { schemeLexer } from "./lexer.js";
