// @rlms/reader: the data every layer shares, the reader (text → syntax) and the printer.

export * from "./datum/number.js";
export * from "./datum/symbol.js";
export * from "./datum/char.js";
export * from "./datum/pair.js";
export * from "./datum/special.js";
export * from "./datum/regexp.js";
export * from "./datum/protocol.js";
export * from "./datum/equality.js";
export * from "./datum/hash.js";
export { racketHashCode, hashCodeValue, type HashCode } from "./datum/racket-hash-code.js";
export { racketOrder, orderWithout, type HashCodeCache } from "./datum/racket-order.js";
export * from "./datum/syntax.js";
export * from "./print/index.js";
export * from "./read/index.js";
