// The scripted OpenAI-compatible server (test/support/scripted-llm-server.ts) in a process of its
// own, so that the benchmark process's CPU time is the runtime's alone and the server's share is
// measured apart.
//
//   node benchmarks/dist/orchestration/server-process.js LATENCY_MS     (spawned with an IPC channel)
//
// Every request is answered after LATENCY_MS with `answer <last user message>` and the default
// usage counts. Messages over the IPC channel:
//   to the parent:   { type: "ready", url }   once listening
//   from the parent: { type: "stats", since } → { type: "stats", requests, maxInFlight, cpuUs }
//                    (maxInFlight over the requests numbered `since` and later; cpuUs: this
//                    process's user + system CPU so far, in microseconds)
// The server closes and the process exits when the parent disconnects.

import type * as ScriptedServerModule from "../../test/support/scripted-llm-server.js";

export interface ReadyMessage {
  type: "ready";
  url: string;
}

export interface StatsMessage {
  type: "stats";
  requests: number;
  maxInFlight: number;
  cpuUs: number;
}

export interface StatsRequest {
  type: "stats";
  since: number;
}

// Compiled to benchmarks/dist/orchestration/; the server is compiled to test/support/dist/
// (test/support/tsconfig.json). The path is resolved at run time because the two outputs do not
// sit where the sources do relative to each other.
const SERVER_MODULE = new URL("../../../test/support/dist/scripted-llm-server.js", import.meta.url);

/** The most requests open at once among `requests`, from their arrival and finish times. */
function maxOverlap(requests: readonly ScriptedServerModule.ScriptedRequest[]): number {
  const edges: Array<[time: number, delta: number]> = [];
  for (const r of requests) {
    edges.push([r.arrivedAt, 1]);
    edges.push([r.finishedAt ?? Infinity, -1]);
  }
  // At equal times a finish comes before an arrival: a slot freed and reused is not an overlap.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let max = 0;
  for (const [, delta] of edges) max = Math.max(max, (open += delta));
  return max;
}

async function main(): Promise<void> {
  const latencyMs = Number(process.argv[2]);
  if (!Number.isFinite(latencyMs) || latencyMs < 0 || process.send === undefined) {
    throw new Error("usage: node server-process.js LATENCY_MS (spawned with an IPC channel, by bench.js)");
  }
  const send = process.send.bind(process);
  const { startScriptedServer } = (await import(SERVER_MODULE.href)) as typeof ScriptedServerModule;
  const server = await startScriptedServer({
    rules: [{ latencyMs, reply: (r) => `answer ${r.lastUserMessage}` }],
  });
  process.on("message", (m: StatsRequest) => {
    if (m.type !== "stats") return;
    const cpu = process.cpuUsage();
    const reply: StatsMessage = {
      type: "stats",
      requests: server.requests.length,
      maxInFlight: maxOverlap(server.requests.slice(m.since)),
      cpuUs: cpu.user + cpu.system,
    };
    send(reply);
  });
  process.on("disconnect", () => {
    void server.close().then(() => process.exit(0));
  });
  const ready: ReadyMessage = { type: "ready", url: server.url };
  send(ready);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
