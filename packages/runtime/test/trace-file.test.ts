// Trace files: one JSON line per event, written when the event ends, never lost in a crash, and
// read back with errors that name FILE:LINE.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Trace, TraceFileError, readTraceFile } from "../src/trace/index.js";

const tracePath = () => join(mkdtempSync(join(tmpdir(), "rlms-trace-")), "trace.jsonl");
const fileLines = (path: string) => readFileSync(path, "utf8").split("\n").filter((l) => l !== "");

function writeLines(lines: string[]): string {
  const path = tracePath();
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

const good = (id: string, extra = "") => `{"id":"${id}","parentId":null,"depth":0,"kind":"llm","start":10,"end":20,"status":"ok"${extra}}`;

describe("writing a trace file", () => {
  it("starts the file afresh and writes one line per event when it ends, fields in a fixed order", () => {
    const path = tracePath();
    writeFileSync(path, "left over from an earlier session\n");
    let now = 100;
    const trace = new Trace({ file: path, clock: () => now });
    expect(readFileSync(path, "utf8")).toBe("");
    const run = trace.begin("run", { parentId: null, depth: 0, name: "plan.scm" });
    const call = trace.begin("llm", { parentId: run.id, depth: 0, name: "llm-query", model: "m", prompt: { data: "hi" } });
    expect(readFileSync(path, "utf8")).toBe(""); // nothing before an event ends
    now = 150;
    call.note("replayed from cassette");
    call.end({ status: "ok", response: "hello", tokens: { prompt: 3, completion: 1, total: 4 }, costUsd: null });
    expect(fileLines(path)).toEqual([
      `{"id":"e2","parentId":"e1","depth":0,"kind":"llm","name":"llm-query","start":100,"end":150,"model":"m","prompt":{"data":"hi"},"response":"hello","tokens":{"prompt":3,"completion":1,"total":4},"costUsd":null,"status":"ok","notes":["replayed from cassette"]}`,
    ]);
    now = 160;
    run.end({ status: "error", error: "car: contract violation" });
    expect(fileLines(path)[1]).toBe(`{"id":"e1","parentId":null,"depth":0,"kind":"run","name":"plan.scm","start":100,"end":160,"status":"error","error":"car: contract violation"}`);
    trace.close();
    expect(fileLines(path)).toHaveLength(2);
  });

  it("close() writes the spans still open, as cancelled", () => {
    const path = tracePath();
    const trace = new Trace({ file: path });
    trace.begin("run", { parentId: null, depth: 0 });
    trace.begin("python", { parentId: "e1", depth: 0 }).end({ status: "ok" });
    trace.close();
    expect(readTraceFile(path).map((e) => [e.id, e.status])).toEqual([
      ["e1", "cancelled"],
      ["e2", "ok"],
    ]);
  });

  it("reads back exactly the events the trace holds, in start order", () => {
    const path = tracePath();
    let now = 0;
    const trace = new Trace({ file: path, clock: () => now });
    const run = trace.begin("run", { parentId: null, depth: 0 });
    const a = trace.begin("llm", { parentId: run.id, depth: 0, prompt: { instruction: "i", data: "d", images: 2 } });
    now = 1;
    const b = trace.begin("llm", { parentId: run.id, depth: 0 });
    now = 5;
    b.end({ status: "ok", retries: 3 });
    a.end({ status: "cancelled" });
    run.end({ status: "ok" });
    expect(readTraceFile(path)).toEqual(trace.events());
  });

  it("says which file it cannot create", () => {
    const path = join(tracePath(), "no-such-dir", "t.jsonl");
    expect(() => new Trace({ file: path })).toThrow(`cannot create the trace file ${path}: ENOENT`);
  });

  const DIST = fileURLToPath(new URL("../dist/trace/index.js", import.meta.url));
  it.runIf(existsSync(DIST))("keeps the lines of ended events when the process is killed before close (`pnpm build` first)", () => {
    const path = tracePath();
    // A session that ends two calls, leaves a third running, and dies without closing anything.
    const script = `
      import { Trace } from ${JSON.stringify(DIST)};
      const trace = new Trace({ file: ${JSON.stringify(path)} });
      const run = trace.begin("run", { parentId: null, depth: 0 });
      trace.begin("llm", { parentId: run.id, depth: 0, name: "first" }).end({ status: "ok", response: "one" });
      trace.begin("llm", { parentId: run.id, depth: 0, name: "running" });
      trace.begin("llm", { parentId: run.id, depth: 0, name: "second" }).end({ status: "error", error: "two" });
      process.kill(process.pid, "SIGKILL");
    `;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.signal).toBe("SIGKILL");
    const events = readTraceFile(path);
    expect(events.map((e) => [e.id, e.name, e.status])).toEqual([
      ["e2", "first", "ok"],
      ["e4", "second", "error"],
    ]);
  });
});

describe("reading a trace file", () => {
  const failure = (path: string): TraceFileError => {
    try {
      readTraceFile(path);
    } catch (error) {
      expect(error).toBeInstanceOf(TraceFileError);
      return error as TraceFileError;
    }
    throw new Error("readTraceFile accepted a bad file");
  };

  it("an unreadable file names the file and the reason", () => {
    const path = join(tracePath(), "..", "missing.jsonl");
    const e = failure(path);
    expect(e.message).toBe(`cannot read the trace file ${path}: ENOENT`);
    expect(e.line).toBeUndefined();
  });

  it("skips blank lines and reads an empty file as no events", () => {
    expect(readTraceFile(writeLines([]))).toEqual([]);
    expect(readTraceFile(writeLines(["", good("e1"), "   ", good("e2")])).map((e) => e.id)).toEqual(["e1", "e2"]);
  });

  it("a line that is not JSON is named by FILE:LINE", () => {
    const path = writeLines([good("e1"), good("e2"), `{"id": "e3",`]);
    const e = failure(path);
    expect(e.line).toBe(3);
    expect(e.message.startsWith(`${path}:3: not a JSON line: `)).toBe(true);
    expect(e.message).not.toContain("interrupted"); // the line ends with a newline: not cut short
  });

  it("a last line cut short (no newline, not JSON) is said to be incomplete", () => {
    const path = tracePath();
    writeFileSync(path, `${good("e1")}\n{"id":"e2","par`);
    expect(failure(path).message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: not a JSON line: .*\\(the last line is incomplete: was the writer interrupted\\?\\)$`));
  });

  it.each([
    [`[1,2]`, "a trace line must be a JSON object, got an array"],
    [`{"parentId":null,"depth":0,"kind":"llm","start":1,"status":"ok"}`, `missing "id" (a non-empty string)`],
    [good("e1").replace(`"depth":0`, `"depth":-1`), `"depth" must be a non-negative integer, got -1`],
    [good("e1").replace(`"kind":"llm"`, `"kind":"llm-call"`), `"kind" must be one of run, llm, python, sub-sandbox, recursive, checkpoint, unsafe, got "llm-call"`],
    [good("e1").replace(`"status":"ok"`, `"status":"done"`), `"status" must be one of running, ok, error, cancelled, got "done"`],
    [good("e1").replace(`"end":20`, `"end":5`), `"end" must be a time in epoch milliseconds, not before start, got 5`],
    [good("e1").replace(`"start":10`, `"start":"10"`), `"start" must be a time in epoch milliseconds, got "10"`],
    [good("e1", `,"tokens":{"prompt":1,"completion":2}`), `missing "tokens.total" (a non-negative integer)`],
    [good("e1", `,"prompt":{"data":7}`), `"prompt.data" must be a string, got 7`],
    [good("e1", `,"costUsd":"free"`), `"costUsd" must be a non-negative number or null, got "free"`],
    [good("e1", `,"notes":["ok",1]`), `"notes" must be an array of strings, got ["ok",1]`],
  ])("a line with the wrong shape is named by FILE:LINE: %s", (line, message) => {
    const path = writeLines([good("e0"), line]);
    expect(failure(path).message).toBe(`${path}:2: ${message}`);
  });

  it("a repeated id names both lines", () => {
    const path = writeLines([good("e1"), good("e2"), good("e1")]);
    expect(failure(path).message).toBe(`${path}:3: a second event with id "e1" (the first is on line 1)`);
  });

  it("drops members it does not know (a later version's) instead of refusing the file", () => {
    const [e] = readTraceFile(writeLines([good("e1", `,"futureField":{"x":1}`)]));
    expect(e).toEqual({ id: "e1", parentId: null, depth: 0, kind: "llm", start: 10, end: 20, status: "ok" });
  });
});
