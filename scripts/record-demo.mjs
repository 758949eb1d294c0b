// Records examples/support-tickets.cassette.jsonl, the cassette the README's quick start replays.
//
// The answers come from the scripted OpenAI-compatible server of the tests (test/support), with
// rules that answer like a model would (a strategy line, one JSON category per ticket from the
// words of its title, an explanation), so the demo runs offline and gives the same output
// everywhere. To record real answers instead, run the example with --record against a live
// endpoint (see the example's header).
//
// Usage: pnpm build && node scripts/record-demo.mjs

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transform } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// The server is TypeScript (it lives with the tests); compile it to a temporary module.
const source = readFileSync(join(root, "test/support/scripted-llm-server.ts"), "utf8");
const { code } = await transform(source, { loader: "ts", format: "esm", target: "node20" });
const serverModule = join(mkdtempSync(join(tmpdir(), "rlms-demo-")), "scripted-llm-server.mjs");
writeFileSync(serverModule, code);
const { startScriptedServer } = await import(pathToFileURL(serverModule).href);

const CATEGORIES = [
  [/charged|refund|invoice|vat/i, "billing"],
  [/log in|login|password|locked|two-factor/i, "login"],
  [/slow|seconds to load/i, "performance"],
  [/crash|error/i, "crash"],
];

const server = await startScriptedServer({
  rules: [
    {
      match: (body) => body.messages.some((m) => typeof m.content === "string" && m.content.startsWith("You plan the analysis")),
      reply: "STRATEGY: classify-then-aggregate - 12 short titles; classify each with a small model, count in code, explain the largest group.",
      latencyMs: 40,
    },
    {
      match: (body) => body.response_format !== undefined,
      reply: (req) => JSON.stringify({ category: CATEGORIES.find(([re]) => re.test(req.lastUserMessage))?.[1] ?? "other" }),
      // Different latencies, so the answers arrive out of order (map-async keeps ticket order).
      latencyMs: (req) => 10 + (req.lastUserMessage.length % 7) * 15,
    },
    {
      match: /log in|password|locked/i,
      reply:
        "The login tickets share one cause: password-reset and two-factor emails arrive late or land in spam, so codes and links expire before users can use them. Fix the sender's email authentication (SPF/DKIM) and extend the validity of reset links and codes to 30 minutes.",
      latencyMs: 60,
    },
  ],
});

const cassette = join(root, "examples/support-tickets.cassette.jsonl");
// Not spawnSync: the server answers from this process's event loop.
const child = spawn(
  process.execPath,
  [join(root, "packages/runtime/bin/rlms.js"), "run", "examples/support-tickets.scm", "--context", "examples/tickets.json", "--base-url", server.url, "--record", cassette],
  { cwd: root, stdio: "inherit", env: { ...process.env, OPENAI_API_KEY: "demo" } },
);
const status = await new Promise((resolve) => child.on("close", resolve));
await server.close();
if (status !== 0) {
  console.error(`record-demo: the example failed (exit ${status})`);
  process.exit(1);
}
console.error(`record-demo: wrote ${cassette} (${server.requests.length} calls)`);
