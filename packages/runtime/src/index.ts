// @rlms/runtime: entry points. Sessions, providers and the scaffold come with later issues.
export { main, EXIT } from "./cli/main.js";
export * from "./llm/index.js";
export * from "./trace/index.js";
