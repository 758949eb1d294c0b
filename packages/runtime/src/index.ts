// @rlms/runtime: sessions (the root sandbox with the scaffold), the language-model layer, the
// trace, and the entry points.
export { main, EXIT } from "./cli/main.js";
export * from "./llm/index.js";
export * from "./trace/index.js";
export { Session, createSession, type SessionOptions, type RunResult, type RunStatus, type ExecuteOptions, type SessionState, type SessionStatus, type CallProgress, type RunUsage } from "./session/session.js";
export type { ErrorReport } from "./session/error-report.js";
