// `rlms trace FILE.jsonl [--html OUT.html]`, run as users run it: the built CLI in a child process.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Trace } from "../src/trace/index.js";

const CLI = fileURLToPath(new URL("../bin/rlms.js", import.meta.url));
const BUILT = fileURLToPath(new URL("../dist/cli/trace-command.js", import.meta.url));

function rlms(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = () => mkdtempSync(join(tmpdir(), "rlms-trace-cli-"));

/** A trace file as a session writes it: a run with two calls, one of them failing. */
function traceFile(): string {
  const path = join(dir(), "trace.jsonl");
  let now = Date.UTC(2025, 5, 1);
  const trace = new Trace({ file: path, clock: () => now });
  const run = trace.begin("run", { parentId: null, depth: 0, name: "plan.scm" });
  const a = trace.begin("llm", { parentId: run.id, depth: 0, name: "llm-query", model: "gpt-4o-mini", prompt: { data: "</script><script>alert(1)</script>" } });
  const b = trace.begin("llm", { parentId: run.id, depth: 0, name: "llm-query", model: "gpt-4o-mini" });
  now += 1200;
  a.end({ status: "ok", response: "fine", tokens: { prompt: 1000, completion: 100, total: 1100 }, costUsd: 0.00021 });
  b.end({ status: "error", error: "language-model request failed: HTTP 429" });
  now += 300;
  run.end({ status: "error", error: "plan.scm:3:1: language-model request failed: HTTP 429" });
  trace.close();
  return path;
}

describe.runIf(existsSync(BUILT))("rlms trace (compiled; `pnpm build` first)", () => {
  it("prints the summary of a trace file", () => {
    const r = rlms(["trace", traceFile()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      [
        "trace: 3 events, started 2025-06-01T00:00:00.000Z, wall time 1.50 s",
        "events: run 1, llm 2",
        "status: ok 1, error 2",
        "LLM calls in flight: at most 2",
        "tokens and cost:",
        "  gpt-4o-mini  2 calls  1,100 tokens (1,000 prompt + 100 completion)  $0.00021",
        "errors (2):",
        "  e1 run plan.scm: plan.scm:3:1: language-model request failed: HTTP 429",
        "  e3 llm llm-query gpt-4o-mini: language-model request failed: HTTP 429",
        "call tree:",
        "  e1 run plan.scm  1.50 s  error  [subtree 1,100 tokens, $0.00021]",
        "    e2 llm llm-query gpt-4o-mini  1.20 s  1,100 tokens  ok",
        "    e3 llm llm-query gpt-4o-mini  1.20 s  error",
        "",
      ].join("\n"),
    );
  });

  it("--html writes a self-contained page and says where", () => {
    const out = join(dir(), "page.html");
    const r = rlms(["trace", traceFile(), "--html", out]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: `wrote ${out} (3 events)\n` });
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).not.toMatch(/<script/i);
  });

  it("a malformed line: exit 2 and FILE:LINE, without the usage text", () => {
    const path = join(dir(), "bad.jsonl");
    writeFileSync(path, `{"id":"e1","parentId":null,"depth":0,"kind":"llm","start":1,"end":2,"status":"ok"}\n{"id":"e2","parentId":null,"depth":0,"kind":"llm","start":1,"status":"finished"}\n`);
    const r = rlms(["trace", path]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `rlms: ${path}:2: "status" must be one of running, ok, error, cancelled, got "finished"\n` });
  });

  it("a missing file: exit 2 naming it", () => {
    const path = join(dir(), "missing.jsonl");
    expect(rlms(["trace", path])).toEqual({ code: 2, stdout: "", stderr: `rlms: cannot read the trace file ${path}: ENOENT\n` });
  });

  it("an output that cannot be written: exit 2 naming it", () => {
    const out = join(dir(), "no-such-dir", "page.html");
    expect(rlms(["trace", traceFile(), "--html", out])).toEqual({ code: 2, stdout: "", stderr: `rlms: cannot write ${out}: ENOENT\n` });
  });

  it("usage errors: no file, two files, an unknown option, --html without a path", () => {
    for (const [args, message] of [
      [["trace"], "trace takes one FILE.jsonl (a file written with --trace)"],
      [["trace", "a.jsonl", "b.jsonl"], "trace takes one FILE.jsonl (a file written with --trace)"],
      [["trace", "a.jsonl", "--htm", "x.html"], "unknown option --htm"],
      [["trace", "a.jsonl", "--html"], "option --html needs a value"],
      [["trace", "a.jsonl", "--html="], "--html needs the path of the page to write"],
    ] as const) {
      const r = rlms([...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.startsWith(`rlms: ${message}\n\nusage:`)).toBe(true);
      expect(r.stderr).toContain("rlms trace FILE.jsonl [--html OUT.html]");
    }
  });
});
