// The printer's public API.

export { display, write, print, printSegments, printTo, printToString, printTruncated, ABBREVIATIONS } from "./printer.js";
export { numberToString } from "./number.js";
export { flonumToString } from "./flonum.js";
export { symbolToWriteString, keywordToWriteString } from "./symbol.js";
export { stringToWriteString } from "./string.js";
export { charToWriteString } from "./char.js";
export { RangeSet, isGraphic, isSpaceSeparator } from "./unicode.js";
export { sortForConstructor, sortForDatum } from "./hash-order.js";
export { compareCodePoints } from "./hash-order.js";
export { buildGraph, isConstructor, labelOf, type Graph } from "./graph.js";
