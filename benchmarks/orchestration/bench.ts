// The orchestration benchmark: 1,000 language-model calls from Scheme, 50 at a time, against the
// scripted OpenAI-compatible server (real HTTP on 127.0.0.1) answering after 50 ms, and again
// after 0 ms (pure overhead). Prints a table.
//
//   pnpm run build && node benchmarks/dist/orchestration/bench.js [--only SCENARIO] [--latency MS] [--transport T]
//
// --only map-async|await-all|provider|http and --latency 50|0 run one part (for `node --cpu-prof`).
// --transport node-http|fetch picks what carries the runtime's calls (OpenAIProvider's option;
// default node-http), so the two can be compared.
//
// Always the tsc output under node, never tsx (a transpiling loader changes what V8 optimises).
//
// What runs:
//   - map-async:  (map-async (lambda (i) (syntax-e (llm-query #:data (number->string i))))
//                            (range 1000) #:max-concurrent 50)
//   - await-all:  (await-all (map (lambda (i) (llm-query-async #:data (number->string i))) (range 1000)))
//                 (1000 handles at once; the session's cap of 50 requests in flight paces them)
//   - provider:   the same 1000 requests through OpenAIProvider behind a ConcurrencyLimiter(50),
//                 from TypeScript: no Scheme, no session, no trace. The HTTP client's own cost,
//                 the baseline the runtime's figures are compared with.
//   - http:       the same requests with node:http (a keep-alive agent of 50 sockets) and
//                 JSON.parse: the floor for a chat-completions round trip in Node, no SDK, no fetch.
// Sessions are made as a program embedding rlms makes them: `llm: { baseURL, apiKey }`, the trace
// on (in memory), `limits: { maxConcurrency: 50 }` (the session-wide cap defaults to 16).
//
// How the figures are taken:
//   - The server runs in a child process (server-process.ts), so `process.cpuUsage()` of this
//     process over a run is the runtime's CPU alone (all of its threads: GC helpers included); the
//     server reports its own CPU, and the most requests it saw open at once in that run.
//   - Each scenario gets a fresh session (or provider): WARMUP runs first (V8 tiers up, sockets
//     open), then RUNS measured ones. Every run's result is checked: the 1000 answers, in order.
//   - wall: min and median of the runs. ideal: ceil(1000 / 50) waves × latency (1000 ms at 50 ms).
//     efficiency: ideal / median wall. excess/wave: (median wall − ideal) / 20, how much longer
//     than the latency a call's round trip took on average, each wave of 50 waiting for its calls.
//   - max in flight: the most requests open at once at the server in any run. At 0 ms the server
//     answers a request in the turn it reads it (~0.1 ms), so it seldom holds two: the 50 calls
//     in flight are queued in the client process, which is the bottleneck then.
//   - CPU/call: CPU time of the run / 1000, in µs (median of the runs): what one call costs the
//     process whatever the latency, so it sets the ceiling on calls per second per core.
//   - CPU busy: CPU time / wall time of the run; near 100 % the process (one JavaScript thread)
//     is the bottleneck, not the server or the concurrency limit.
//   - Below the table: the runtime's CPU per call beyond the bare provider's, i.e. what the
//     Scheme side, the scaffold, the session (budgets, ledger, trace) add to the HTTP client.
//   - At 0 ms, wall / 1000 is the end-to-end time per call with 50 in flight, and 1000 / wall the
//     calls per second (both processes share the machine's cores then).

import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request as httpRequest } from "node:http";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { ConcurrencyLimiter, OpenAIProvider, createSession, limitConcurrency } from "@rlms/runtime";
import type { ReadyMessage, StatsMessage, StatsRequest } from "./server-process.js";

const SCENARIOS = ["map-async", "await-all", "provider", "http"] as const;
type Scenario = (typeof SCENARIOS)[number];

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = option("--only");
if (only !== undefined && !(SCENARIOS as readonly string[]).includes(only)) throw new Error(`--only: expected one of ${SCENARIOS.join(", ")}, got ${only}`);
const TRANSPORTS = ["node-http", "fetch"] as const;
const transportOption = option("--transport") ?? "node-http";
if (!(TRANSPORTS as readonly string[]).includes(transportOption)) throw new Error(`--transport: expected one of ${TRANSPORTS.join(", ")}, got ${transportOption}`);
const transport = transportOption as (typeof TRANSPORTS)[number];
const latencyOption = option("--latency");
if (latencyOption !== undefined && !/^\d+$/.test(latencyOption)) throw new Error(`--latency: expected milliseconds (e.g. 50 or 0), got ${latencyOption}`);

const ITEMS = 1000;
const CONCURRENCY = 50;
const LATENCIES_MS = latencyOption !== undefined ? [Number(latencyOption)] : [50, 0];
const WARMUP = 1;
const RUNS = 3;

const SERVER_SCRIPT = fileURLToPath(new URL("./server-process.js", import.meta.url));

const EXPECTED = Array.from({ length: ITEMS }, (_, i) => `answer ${i}`);

const PROGRAMS: Record<Exclude<Scenario, "provider" | "http">, string> = {
  "map-async": `(map-async (lambda (i) (syntax-e (llm-query #:data (number->string i)))) (range ${ITEMS}) #:max-concurrent ${CONCURRENCY})`,
  "await-all": `(await-all (map (lambda (i) (llm-query-async #:data (number->string i))) (range ${ITEMS})))`,
};

// ---- the server in its own process ----------------------------------------------------------

class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static start(latencyMs: number): Promise<ServerProcess> {
    const child = spawn(process.execPath, [SERVER_SCRIPT, String(latencyMs)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    return new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code) => reject(new Error(`the scripted server process exited (code ${code}) before it was ready`)));
      child.once("message", (m: ReadyMessage) => resolve(new ServerProcess(child, m.url)));
    });
  }

  stats(since: number): Promise<StatsMessage> {
    return new Promise((resolve) => {
      this.child.once("message", (m: StatsMessage) => resolve(m));
      const request: StatsRequest = { type: "stats", since };
      this.child.send(request);
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.child.removeAllListeners("exit");
      this.child.once("exit", () => resolve());
      this.child.disconnect();
    });
  }
}

// ---- measuring ------------------------------------------------------------------------------

interface Run {
  wallMs: number;
  cpuUs: number;
  serverCpuUs: number;
  maxInFlight: number;
}

/** One run of `work` (which returns the answers), checked and measured. */
async function measure(server: ServerProcess, what: string, work: () => Promise<unknown>): Promise<Run> {
  const before = await server.stats(0);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const answers = await work();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const after = await server.stats(before.requests);
  checkAnswers(what, answers);
  if (after.requests - before.requests !== ITEMS) throw new Error(`${what}: the server saw ${after.requests - before.requests} requests, expected ${ITEMS}`);
  return { wallMs, cpuUs: cpu.user + cpu.system, serverCpuUs: after.cpuUs - before.cpuUs, maxInFlight: after.maxInFlight };
}

function checkAnswers(what: string, answers: unknown): void {
  if (!Array.isArray(answers) || answers.length !== ITEMS) {
    throw new Error(`${what}: expected ${ITEMS} answers, got ${JSON.stringify(answers).slice(0, 200)}`);
  }
  const wrong = answers.findIndex((a, i) => a !== EXPECTED[i]);
  if (wrong >= 0) throw new Error(`${what}: answer ${wrong} is ${JSON.stringify(answers[wrong])}, expected ${JSON.stringify(EXPECTED[wrong])}`);
}

async function repeat(server: ServerProcess, what: string, work: () => Promise<unknown>): Promise<Run[]> {
  for (let i = 0; i < WARMUP; i++) await measure(server, what, work);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(server, what, work));
  return runs;
}

async function schemeRuns(server: ServerProcess, program: keyof typeof PROGRAMS): Promise<Run[]> {
  const session = await createSession({ llm: { baseURL: server.url, apiKey: "bench", transport }, limits: { maxConcurrency: CONCURRENCY } });
  try {
    return await repeat(server, program, async () => {
      const r = await session.execute(PROGRAMS[program], { source: `bench-${program}` });
      if (r.status !== "ok") throw new Error(`${program}: the run ended with status ${r.status}: ${r.error?.message ?? ""}`);
      return r.value;
    });
  } finally {
    await session.close();
  }
}

async function providerRuns(server: ServerProcess): Promise<Run[]> {
  const provider = limitConcurrency(new OpenAIProvider({ baseURL: server.url, apiKey: "bench", transport }), new ConcurrencyLimiter(CONCURRENCY));
  return repeat(server, "provider", async () => {
    const replies = await Promise.all(
      EXPECTED.map((_, i) => provider.complete({ model: "gpt-4o-mini", messages: [{ role: "user", content: String(i) }] })),
    );
    return replies.map((r) => r.text);
  });
}

async function httpRuns(server: ServerProcess): Promise<Run[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const url = new URL(`${server.url}/chat/completions`);
  const post = (i: number) =>
    new Promise<string>((resolve, reject) => {
      const body = JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: String(i) }] });
      const headers = { "content-type": "application/json", "content-length": Buffer.byteLength(body), authorization: "Bearer bench" };
      const req = httpRequest({ agent, host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve((JSON.parse(Buffer.concat(chunks).toString("utf8")) as { choices: [{ message: { content: string } }] }).choices[0].message.content));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });
  try {
    return await repeat(server, "http", () => Promise.all(EXPECTED.map((_, i) => post(i))));
  } finally {
    agent.destroy();
  }
}

// ---- reporting ------------------------------------------------------------------------------

interface Row {
  scenario: string;
  latencyMs: number;
  runs: Run[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function table(rows: Row[]): string {
  const header = ["scenario", "latency", "wall min", "wall median", "ideal", "efficiency", "excess/wave", "max in flight", "calls/s", "CPU/call", "CPU busy", "server CPU/call"];
  const waves = Math.ceil(ITEMS / CONCURRENCY);
  const lines = rows.map(({ scenario, latencyMs, runs }) => {
    const wall = median(runs.map((r) => r.wallMs));
    const ideal = waves * latencyMs;
    return [
      scenario,
      `${latencyMs} ms`,
      `${Math.min(...runs.map((r) => r.wallMs)).toFixed(0)} ms`,
      `${wall.toFixed(0)} ms`,
      `${ideal} ms`,
      ideal > 0 ? `${((100 * ideal) / wall).toFixed(1)} %` : "-",
      ideal > 0 ? `${((wall - ideal) / waves).toFixed(1)} ms` : "-",
      `${Math.max(...runs.map((r) => r.maxInFlight))}`,
      `${((ITEMS * 1000) / wall).toFixed(0)}`,
      `${(median(runs.map((r) => r.cpuUs)) / ITEMS).toFixed(0)} µs`,
      `${median(runs.map((r) => r.cpuUs / (r.wallMs * 10))).toFixed(0)} %`,
      `${(median(runs.map((r) => r.serverCpuUs)) / ITEMS).toFixed(0)} µs`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [row(header), rule, ...lines.map(row)].join("\n");
}

async function main(): Promise<void> {
  console.log(
    `orchestration: ${ITEMS} calls, ${CONCURRENCY} in flight, scripted server in a child process; ` +
      `node ${process.version}, ${cpus().length} cores; ${WARMUP} warm-up + ${RUNS} measured runs each; transport ${transport}`,
  );
  const rows: Row[] = [];
  for (const latencyMs of LATENCIES_MS) {
    const server = await ServerProcess.start(latencyMs);
    try {
      for (const scenario of SCENARIOS) {
        if (only !== undefined && scenario !== only) continue;
        const runs = scenario === "provider" ? await providerRuns(server) : scenario === "http" ? await httpRuns(server) : await schemeRuns(server, scenario);
        rows.push({ scenario: scenario === "provider" ? "provider only" : scenario === "http" ? "node:http only" : scenario, latencyMs, runs });
        console.log(`  done: ${scenario}, ${latencyMs} ms`);
      }
    } finally {
      await server.stop();
    }
  }
  console.log();
  console.log(table(rows));
  const cpuPerCall = (row: Row | undefined) => (row === undefined ? undefined : median(row.runs.map((r) => r.cpuUs)) / ITEMS);
  for (const latencyMs of LATENCIES_MS) {
    const base = cpuPerCall(rows.find((r) => r.latencyMs === latencyMs && r.scenario === "provider only"));
    if (base === undefined) continue;
    const extra = rows
      .filter((r) => r.latencyMs === latencyMs && (r.scenario === "map-async" || r.scenario === "await-all"))
      .map((r) => `${r.scenario} +${(cpuPerCall(r)! - base).toFixed(0)} µs`);
    if (extra.length > 0) console.log(`CPU per call beyond the bare provider at ${latencyMs} ms: ${extra.join(", ")}`);
  }
}

await main();
