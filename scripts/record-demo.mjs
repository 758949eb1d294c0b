// Records examples/support-tickets.cassette.jsonl, the cassette the README's quick start replays.
//
// The answers come from the scripted OpenAI-compatible server of the tests (test/support), with
// the rules of test/support/demo-rules.ts (a strategy line, one JSON category per ticket from the
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

// The server and the rules are TypeScript (they live with the tests); compile them to temporary modules.
const out = mkdtempSync(join(tmpdir(), "rlms-demo-"));
async function compile(name) {
  const source = readFileSync(join(root, "test/support", `${name}.ts`), "utf8");
  const { code } = await transform(source.replace(/from "\.\/(.*)\.js"/g, 'from "./$1.mjs"'), { loader: "ts", format: "esm", target: "node20" });
  writeFileSync(join(out, `${name}.mjs`), code);
  return import(pathToFileURL(join(out, `${name}.mjs`)).href);
}
const { startScriptedServer } = await compile("scripted-llm-server");
const { DEMO_RULES } = await compile("demo-rules");

const server = await startScriptedServer({ rules: DEMO_RULES });

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
