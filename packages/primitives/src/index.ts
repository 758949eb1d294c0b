// @rlms/primitives: the standard library (Racket names and behaviour).
export { createEvaluator, standardPrimitives } from "./library.js";
export { OutputPort, StringOutputPort, currentOutputPort, currentErrorPort } from "./ports/port.js";
export { numberPrimitives } from "./numbers/index.js";
export * as scaffold from "./scaffold/index.js";
