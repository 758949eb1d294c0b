// @rlms/evaluator: the expander, compiler and machine.
export * from "./errors/exn.js";
export * from "./values/primitive.js";
export * from "./values/procedures.js";
export { Evaluator, type RunResult, type RunOptions, type EvaluatorOptions } from "./evaluator.js";
export { ControlPrimitive, Fiber, ThenFrame, RaisedValue, procedureName, setUncaughtErrorDisplay } from "./machine/fiber.js";
export { ProgramAborted, PromptTag, DEFAULT_PROMPT_TAG, EscapeContinuation } from "./machine/prompts.js";
export { ContinuationMarkSet } from "./values/marks.js";
export { Scheduler, RunInterrupted, type RunLimits } from "./machine/scheduler.js";
export { DynamicState, EMPTY_DYNAMIC_STATE } from "./machine/dynamic.js";
export { FiberHandle, SchemePromise, forcePromise, isProcedure, FIBER_PRIMITIVES } from "./library/control.js";
export { TopLevel } from "./expand/namespace.js";
export { GlobalCell } from "./compile/global.js";
export * as macros from "./expand/toolkit.js";
export { StructType, StructInstance, OPAQUE } from "./values/struct.js";
