// Sessions against the scripted server, for the session-*.test.ts files: `scriptedSession()`
// starts a server with the given rules and a session talking to it; both are closed after each
// test (register with `closeAfterEach()` once per file).

import { afterEach } from "vitest";
import { startScriptedServer, type ScriptedRule, type ScriptedServer } from "../../../../test/support/scripted-llm-server.js";
import { createSession, type Session, type SessionOptions } from "@rlms/runtime";

const open: Array<{ close(): Promise<void> }> = [];

/** Closes every session and server the test opened (sessions first: they abort their calls). */
export function closeAfterEach(): void {
  afterEach(async () => {
    const items = open.splice(0).reverse();
    for (const item of items) await item.close();
  });
}

/** Registers a session made some other way (replay, custom providers) for closing after the test. */
export function track(session: Session): Session {
  open.push(session);
  return session;
}

/**
 * A scripted server (default reply `echo: <last user message>`) and a session using it with
 * model gpt-4o-mini. `options.llm` is merged over the server's URL and key.
 */
export async function scriptedSession(rules: ScriptedRule[], options: SessionOptions = {}): Promise<{ session: Session; server: ScriptedServer }> {
  const server = await startScriptedServer({ rules, defaultReply: (r) => `echo: ${r.lastUserMessage}` });
  open.push(server);
  const session = track(
    await createSession({
      ...options,
      llm: { baseURL: server.url, apiKey: "test", model: "gpt-4o-mini", ...options.llm },
    }),
  );
  return { session, server };
}

/** Resolves once `condition` holds, checking every 5 ms; rejects after `timeoutMs` naming `what`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const t0 = performance.now();
  while (!condition()) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
