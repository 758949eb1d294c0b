// The rlms command line with language-model calls: options, output contract, record/replay,
// traces, budgets, exit codes, against the scripted server (real HTTP on 127.0.0.1). The CLI
// runs in a child process (spawned without blocking, so the server in this process can answer).

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startScriptedServer, type ScriptedRule, type ScriptedServer } from "../support/scripted-llm-server.js";
import { DEMO_RULES, DEMO_STDOUT } from "../support/demo-rules.js";

const CLI = fileURLToPath(new URL("../../packages/runtime/bin/rlms.js", import.meta.url));
const BUILT = fileURLToPath(new URL("../../packages/runtime/dist/cli/main.js", import.meta.url));

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function rlms(args: string[], env: Record<string, string | undefined> = {}, input = ""): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: undefined, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

let dir: string;
let server: ScriptedServer | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "rlms-cli-llm-"));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function serve(rules: ScriptedRule[]): Promise<string> {
  server = await startScriptedServer({ rules, defaultReply: (r) => `echo: ${r.lastUserMessage}` });
  return server.url;
}

const PLAN = `
(define words (list "apple" "banana" "cherry"))
(define answers (map-async (lambda (w) (syntax-e (llm-query #:instruction "Give the colour." #:data w))) words))
(printf "got ~a answers\\n" (length answers))
(finish (string-join answers ", "))`;

const COLOURS: ScriptedRule[] = [
  { match: /apple/, reply: "red", latencyMs: 60 },
  { match: /banana/, reply: "yellow", latencyMs: 10 },
  { match: /cherry/, reply: "dark red", latencyMs: 30 },
];

describe.runIf(existsSync(BUILT))("rlms run with language-model calls (compiled; `pnpm build` first)", () => {
  it("prints the program's output, then finish's value; a summary of the calls goes to stderr", async () => {
    const url = await serve(COLOURS);
    const r = await rlms(["run", file("plan.scm", PLAN), "--base-url", url]);
    expect(r.stdout).toBe("got 3 answers\nred, yellow, dark red\n");
    expect(r.stderr).toMatch(/^rlms: 3 calls · \d+ tokens \(\d+ prompt \+ \d+ completion\) · \$[\d.]+ · \d+ ms\n$/);
    expect(r.code).toBe(0);
  });

  it("the seed-style demo runs live against an OpenAI-compatible server through --base-url", async () => {
    const url = await serve(DEMO_RULES);
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const r = await rlms(["run", join(root, "examples/support-tickets.scm"), "--context", join(root, "examples/tickets.json"), "--base-url", url, "--quiet"]);
    expect(r).toEqual({ code: 0, stdout: DEMO_STDOUT, stderr: "" });
    expect(server!.requests).toHaveLength(14);
    expect(server!.maxInFlight).toBeGreaterThan(1);
  });

    it("--quiet prints no summary; --model sets the model of calls that name none", async () => {
    const url = await serve(COLOURS);
    const r = await rlms(["run", file("plan.scm", PLAN), "--base-url", url, "--quiet", "--model", "gpt-4.1-nano"]);
    expect(r.stderr).toBe("");
    expect(server!.requests.map((q) => q.body.model)).toEqual(["gpt-4.1-nano", "gpt-4.1-nano", "gpt-4.1-nano"]);
  });

  it("--json gives {status, value, display, stdout, error, usage}", async () => {
    const url = await serve(COLOURS);
    const r = await rlms(["run", file("plan.scm", PLAN), "--base-url", url, "--json"]);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ status: "finished", value: "red, yellow, dark red", display: "red, yellow, dark red", stdout: "got 3 answers\n", error: null });
    expect(out["usage"]).toMatchObject({ calls: 3, models: ["gpt-4o-mini"] });
    expect(r.stderr).toBe("");
  });

  it("--record then --replay: the same run offline, whatever order the answers arrive in", async () => {
    const url = await serve(COLOURS);
    const cassette = join(dir, "calls.jsonl");
    const plan = file("plan.scm", PLAN);
    const recorded = await rlms(["run", plan, "--base-url", url, "--record", cassette, "--quiet"]);
    expect(recorded.code).toBe(0);
    expect(readFileSync(cassette, "utf8").trim().split("\n")).toHaveLength(3);
    await server!.close();
    server = undefined;
    const replayed = await rlms(["run", plan, "--replay", cassette, "--quiet"], { OPENAI_API_KEY: undefined });
    expect(replayed).toEqual({ code: 0, stdout: recorded.stdout, stderr: "" });
  });

  it("--replay: a call that is not in the cassette is an error naming the request, never a live call", async () => {
    const cassette = file("empty.jsonl", "");
    const r = await rlms(["eval", `(llm-query #:data "not recorded")`, "--replay", cassette, "--base-url", "http://127.0.0.1:9/v1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^eval:1:1: llm-query: replay: the request is not in \S*empty\.jsonl: model gpt-4o-mini, last user message "not recorded"/);
  });

  it("--context loads a JSON file as data and NAME=PATH as a named context; - reads stdin", async () => {
    const data = file("tickets.json", JSON.stringify({ tickets: [{ id: 1 }, { id: 2 }] }));
    const notes = file("notes.txt", "remember this");
    const r = await rlms([
      "eval",
      `(list (length (hash-ref (get-context "tickets") 'tickets)) (get-context "notes") context)`,
      "--context",
      `tickets=${data}`,
      "--context",
      `notes=${notes}`,
      "--context",
      "-",
    ], {}, "from stdin");
    expect(r).toEqual({ code: 0, stdout: `'(2 "remember this" "from stdin")\n`, stderr: "" });
  });

  it("--trace writes the call tree as JSON lines, which rlms trace summarises", async () => {
    const url = await serve(COLOURS);
    const out = join(dir, "trace.jsonl");
    const r = await rlms(["run", file("plan.scm", PLAN), "--base-url", url, "--trace", out, "--quiet"]);
    expect(r.code).toBe(0);
    const events = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { kind: string; parentId: string | null; id: string; response?: string });
    const run = events.find((e) => e.kind === "run")!;
    const calls = events.filter((e) => e.kind === "llm");
    expect(calls.map((c) => c.parentId)).toEqual([run.id, run.id, run.id]);
    expect(calls.map((c) => c.response).sort()).toEqual(["dark red", "red", "yellow"]);
    const summary = await rlms(["trace", out]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(/3 llm/);
  });

  it("--max-tokens: a call that cannot fit the session budget is refused before it is sent (exit 4)", async () => {
    const url = await serve([]);
    const r = await rlms(["eval", `(llm-query #:data "hello" #:max-tokens 500)`, "--base-url", url, "--max-tokens", "100"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/token budget exceeded/);
    expect(server!.requests).toHaveLength(0);
  });

  it("--max-concurrency caps requests in flight across the run; --max-cost refuses a call that could exceed it", async () => {
    const url = await serve([{ latencyMs: 40 }]);
    const many = `(length (map-async (lambda (i) (syntax-e (llm-query #:data (number->string i)))) (range 12) #:max-concurrent 12))`;
    const capped = await rlms(["eval", many, "--base-url", url, "--max-concurrency", "3", "--quiet"]);
    expect(capped).toEqual({ code: 0, stdout: "12\n", stderr: "" });
    expect(server!.maxInFlight).toBe(3);
    const costly = await rlms(["eval", `(llm-query #:data "x" #:model "gpt-4o" #:max-tokens 100000)`, "--base-url", url, "--max-cost", "0.01"]);
    expect(costly.code).toBe(4);
    expect(costly.stderr).toMatch(/budget exceeded/);
    expect(server!.requests).toHaveLength(12);
  });

    it("--timeout ends a run waiting on a call that never answers (exit 3), keeping its output", async () => {
    const url = await serve([{ hang: true }]);
    const t0 = Date.now();
    const r = await rlms(["eval", `(display "waiting") (llm-query #:data "x")`, "--base-url", url, "--timeout", "0.5"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("waiting");
    expect(Date.now() - t0).toBeLessThan(5000);
    await server!.waitFor(() => server!.requests[0]?.aborted === true);
  });

  it.each([
    [["--record", "a.jsonl", "--replay", "b.jsonl"], /--record and --replay cannot be used together/],
    [["--max-tokens", "lots"], /--max-tokens needs a positive whole number, got `lots`/],
    [["--max-concurrency", "0"], /--max-concurrency needs a positive whole number/],
    [["--base-url", "localhost:8000"], /--base-url needs an http\(s\) URL/],
    [["--context", "/no/such/file.json"], /cannot read the context file \/no\/such\/file\.json: ENOENT/],
    [["--replay", "/no/such/cassette.jsonl"], /no\/such\/cassette\.jsonl/],
    [["--trace", "/no/such/dir/t.jsonl"], /trace file/],
    [["--record", "/no/such/dir/calls.jsonl"], /cannot create the cassette \/no\/such\/dir\/calls\.jsonl: ENOENT/],
  ])("usage errors exit 2 before anything runs: %s", async (opts, message) => {
    const r = await rlms(["eval", `(display "ran")`, ...(opts as string[])]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message as RegExp);
  });
});
