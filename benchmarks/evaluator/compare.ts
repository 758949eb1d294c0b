// The evaluator benchmark: the same programs under rlms, BiwaScheme and LIPS (npm packages),
// each in its own process with a time limit, plus rlms start-up and in-process figures from
// benchmark.js. Prints a table; `--json FILE` also writes the raw numbers.
//
//   pnpm run build && node benchmarks/dist/evaluator/compare.js [--quick]

import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Benchmark from "benchmark";
import { createEvaluator } from "@rlms/primitives";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
// compiled to benchmarks/dist/evaluator/: the sources sit two levels up.
const PROGRAMS = here("../../evaluator/programs/");
const RUN_ONE = here("./run-one.js");
const CLI = here("../../../packages/runtime/bin/rlms.js");

const IMPLS = ["rlms", "biwascheme", "lips"] as const;
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;
/** Seconds an implementation may spend on one program (all runs) before it is reported as too slow. */
const LIMIT_S = quick ? 20 : 60;

interface Measurement {
  impl: string;
  program: string;
  /** Best of the runs, ms; undefined when it failed or hit the limit. */
  best?: number;
  result?: string;
  failure?: string;
}

function measure(impl: string, program: string): Measurement {
  const file = PROGRAMS + program + ".scm";
  const r = spawnSync(process.execPath, ["--stack-size=4000", RUN_ONE, impl, file, quick ? "1" : "3"], {
    encoding: "utf8",
    timeout: LIMIT_S * 1000,
    maxBuffer: 1 << 24,
  });
  if (r.error !== undefined && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT") return { impl, program, failure: `> ${LIMIT_S} s` };
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    const parsed = JSON.parse(line) as { ms: number[]; result: string };
    return { impl, program, best: Math.min(...parsed.ms), result: parsed.result };
  } catch {
    const lines = (r.stderr || r.stdout).trim().split("\n");
    const why = lines.find((l) => /Maximum call stack/.test(l)) ? "stack overflow" : (lines.find((l) => /^\w*Error\b/.test(l)) ?? `exit ${r.status}`);
    return { impl, program, failure: why.slice(0, 50) };
  }
}

function startup(): number {
  const empty = PROGRAMS + "empty.scm";
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [CLI, "run", empty]);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function inProcess(): { name: string; hz: number; rme: number }[] {
  const ev = createEvaluator();
  const cases: [string, string][] = [
    ["fib 20", "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (fib 20)"],
    ["tak 18 12 6", readFileSync(PROGRAMS + "tak.scm", "utf8")],
    ["startup-free eval of (+ 1 2)", "(+ 1 2)"],
  ];
  const out: { name: string; hz: number; rme: number }[] = [];
  const suite = new Benchmark.Suite();
  for (const [name, code] of cases) suite.add(name, () => ev.runSync(code));
  suite.on("cycle", (e: { target: Benchmark }) => out.push({ name: String(e.target.name), hz: e.target.hz, rme: e.target.stats.rme }));
  suite.run({ async: false });
  return out;
}

const programs = readdirSync(PROGRAMS)
  .filter((f) => f.endsWith(".scm") && f !== "empty.scm")
  .map((f) => f.slice(0, -4))
  .sort();

const rows: Measurement[][] = [];
for (const program of programs) {
  const row = IMPLS.map((impl) => measure(impl, program));
  // The implementations must agree, or the comparison means nothing.
  const ours = row[0]!.result;
  for (const m of row.slice(1)) if (m.result !== undefined && ours !== undefined && m.result !== ours) m.failure = `result ${m.result.slice(0, 20)} ≠ ${ours.slice(0, 20)}`;
  rows.push(row);
  process.stderr.write(`${program}: ${row.map((m) => `${m.impl} ${m.best?.toFixed(0) ?? m.failure}`).join(", ")}\n`);
}

const cell = (m: Measurement, base: Measurement) =>
  m.best === undefined ? m.failure! : m === base || base.best === undefined ? `${m.best.toFixed(0)} ms` : `${m.best.toFixed(0)} ms (${(m.best / base.best).toFixed(1)}×)`;
const header = ["program", ...IMPLS];
const table = [header, ...rows.map((row) => [row[0]!.program, ...row.map((m) => cell(m, row[0]!))])];
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}; best of ${quick ? 1 : 3} runs per program, each implementation in its own process; (N×) = time relative to rlms\n`);
for (const [i, r] of table.entries()) {
  console.log(r.map((c, j) => c.padEnd(widths[j]!)).join("  "));
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
const start = startup();
console.log(`\nrlms run of an empty file (whole process, median of 10): ${start.toFixed(0)} ms`);
const bench = inProcess();
console.log("\nrlms in-process (benchmark.js):");
for (const b of bench) console.log(`  ${b.name.padEnd(30)} ${b.hz.toFixed(1)} ops/s ±${b.rme.toFixed(1)}%`);
if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify({ rows, startup: start, bench }, null, 2));
