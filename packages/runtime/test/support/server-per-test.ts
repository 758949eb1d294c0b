// One scripted server per test, closed after it (the llm-*.test.ts files):
//   const serve = serverPerTest();  ...  const server = await serve({ rules: [...] });

import { afterEach } from "vitest";
import { startScriptedServer, type ScriptedServer, type ScriptedServerOptions } from "../../../../test/support/scripted-llm-server.js";

export function serverPerTest(): (options?: ScriptedServerOptions) => Promise<ScriptedServer> {
  const open: ScriptedServer[] = [];
  afterEach(async () => {
    for (const server of open.splice(0)) await server.close();
  });
  return async (options = {}) => {
    const server = await startScriptedServer(options);
    open.push(server);
    return server;
  };
}
