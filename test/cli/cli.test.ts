// The rlms command line, run as users run it: the compiled CLI in a child process.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DEMO_STDOUT } from "../support/demo-rules.js";

const CLI = fileURLToPath(new URL("../../packages/runtime/bin/rlms.js", import.meta.url));
const BUILT = fileURLToPath(new URL("../../packages/runtime/dist/cli/main.js", import.meta.url));
const BUNDLE = fileURLToPath(new URL("../../packages/runtime/dist/cli-bundle/main.js", import.meta.url));

function rlms(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "rlms-cli-"));
  const path = join(dir, "prog.scm");
  writeFileSync(path, text);
  return path;
}

describe.runIf(existsSync(BUILT))("rlms (compiled; `pnpm build` first)", () => {
  it("run: prints what the program prints and exits 0", () => {
    const r = rlms(["run", file(`#lang racket\n(display "hello") (newline) (display (+ 1 2))`)]);
    expect(r).toEqual({ code: 0, stdout: "hello\n3", stderr: "" });
  });

  it("run: a Scheme error goes to stderr with FILE:LINE:COL and exit 1; earlier output is kept", () => {
    const path = file(`(display "before")\n(define (f x)\n  (car x))\n(f 5)`);
    const r = rlms(["run", path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("before");
    expect(r.stderr).toContain(`${path}:3:3: car: contract violation\n  expected: pair?\n  given: 5`);
    expect(r.stderr).toContain("f at");
  });

  it("run: a read error names line and column and runs nothing", () => {
    const path = file(`(display "x")\n(define (f) (car '(1))`);
    const r = rlms(["run", path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`${path}:2:1: unclosed \`(\` opened at 2:1\n`);
  });

  it("run: a syntax error names the form", () => {
    const path = file(`(if 1 2)`);
    const r = rlms(["run", path]);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith(`${path}:1:1: if: missing an "else" expression`)).toBe(true);
  });

  it("eval: prints the last value as a REPL would (print form), nothing for void", () => {
    expect(rlms(["eval", `(define x 5) (list x "s" 'sym)`]).stdout).toBe(`'(5 "s" sym)\n`);
    expect(rlms(["eval", `(display "only output")`]).stdout).toBe("only output");
    expect(rlms(["eval", `(values 1 2)`]).stdout).toBe("1\n2\n");
  });

  it("--json gives one object with status, value, display and the captured stdout", () => {
    const r = rlms(["eval", `(display "out") (+ 40 2)`, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      status: "ok",
      value: 42,
      display: "42",
      stdout: "out",
      error: null,
      usage: { calls: 0, promptTokens: 0, completionTokens: 0, totalTokens: 0, costUsd: 0, models: [], elapsedMs: expect.any(Number) },
    });
    const e = rlms(["eval", `(car 1)`, "--json"]);
    expect(e.code).toBe(1);
    const parsed = JSON.parse(e.stdout) as { status: string; error: { message: string; location: string } };
    expect(parsed.status).toBe("error");
    expect(parsed.error.message).toBe("car: contract violation\n  expected: pair?\n  given: 1");
    expect(parsed.error.location).toBe("eval:1:1");
  });

  it("--timeout stops a runaway program with exit 3", () => {
    const t0 = Date.now();
    const r = rlms(["eval", "(let loop () (loop))", "--timeout", "0.3"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("time limit");
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it("usage errors exit 2 with the usage text", () => {
    expect(rlms([]).code).toBe(2);
    const r = rlms(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command `frobnicate`");
    expect(rlms(["run"]).code).toBe(2);
    expect(rlms(["run", "/nonexistent/x.scm"]).stderr).toContain("cannot read /nonexistent/x.scm: ENOENT");
    expect(rlms(["eval", "1", "--bogus", "2"]).stderr).toContain("unknown option --bogus");
    expect(rlms(["eval", "1", "--timeout", "abc"]).code).toBe(2);
    expect(rlms(["--help"]).code).toBe(0);
  });
});

describe.runIf(existsSync(BUILT))("the README's quick start", () => {
  it("its first line runs the orchestration demo offline from the shipped cassette", () => {
    const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
    const quickStart = /## Quick start\n\n```sh\n(.*)\n(.*)\n```/.exec(readme);
    expect(quickStart?.[2]).toBe("pnpm test");
    const command = /^pnpm install && pnpm exec rlms (.*)$/.exec(quickStart![1]!);
    expect(command).not.toBeNull();
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const r = spawnSync(process.execPath, [CLI, ...command![1]!.split(" ")], { cwd: root, encoding: "utf8", timeout: 30_000, env: { ...process.env, OPENAI_API_KEY: "" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(DEMO_STDOUT);
    expect(r.stderr).toMatch(/^rlms: 14 calls · 902 tokens \(736 prompt \+ 166 completion\) · \$0\.000619 · \d+ ms\n$/);
  });

  it("examples/tour.scm runs and prints what Racket prints", () => {
    const tour = fileURLToPath(new URL("../../examples/tour.scm", import.meta.url));
    const r = rlms(["run", tour]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    // Recorded from `racket examples/tour.scm` (Racket 8.7).
    expect(r.stdout).toBe(TOUR_OUTPUT);
  });

  // bin/rlms.js runs the bundle when it is current and the modules otherwise: test the bundle
  // itself, so that what users run is what is tested whichever path the bin takes here.
  it.runIf(existsSync(BUNDLE))("the bundled CLI runs it the same way", () => {
    const tour = fileURLToPath(new URL("../../examples/tour.scm", import.meta.url));
    const entry = `import { main } from ${JSON.stringify(pathToFileURL(BUNDLE).href)}; process.exitCode = await main(process.argv.slice(1));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", entry, "run", tour], { encoding: "utf8", timeout: 30_000 });
    expect({ code: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ code: 0, stderr: "", stdout: TOUR_OUTPUT });
    const failing = spawnSync(process.execPath, ["--input-type=module", "-e", entry, "eval", "(car 5)"], { encoding: "utf8", timeout: 30_000 });
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain("car: contract violation");
  });
});

const TOUR_OUTPUT = `Hello, world!
Hi, Racket!
(1267650600228229401496703205376 1/3 2 4 0.3333333333333333 1e+21)
1000000
(second first)
(a b c done)
car: contract violation
  expected: pair?
  given: 5
(n is 3 and its square is 9 2 3 4)
apple    3.00
bread    2.25
cheese   15.60
apple, bread, cheese
(item "apple" 0.5 6)
`;

describe.runIf(existsSync(BUILT))("a reader that stops early", () => {
  it("rlms exits quietly when its stdout is closed (rlms run x | head)", () => {
    const r = spawnSync("bash", ["-c", `node ${CLI} eval '(let loop ([i 0]) (when (< i 100000) (displayln i) (loop (+ i 1))))' | head -1`], { encoding: "utf8" });
    expect(r.stdout).toBe("0\n");
    expect(r.stderr).toBe("");
  });
});
