// The corpus: small Racket programs of the kind language models write, each run in-process and
// compared with what Racket 8.7 printed for it (recorded by scripts/record-corpus.sh; see
// test/corpus/README.md). A program passes when its stdout is identical, its first stderr line
// is the same message (locations removed: scripts/corpus-compare.mjs), and its exit code matches.
//
// `npx vitest run test/corpus.test.ts` ends with a compact list of the failing programs.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { EMPTY_DYNAMIC_STATE, type RunResult } from "@rlms/evaluator";
import { OutputPort, createEvaluator, currentErrorPort, currentOutputPort } from "@rlms/primitives";
import { EXIT } from "@rlms/runtime";
import { errorReport, formatReport } from "../packages/runtime/src/session/error-report.js";
import { firstLine, normaliseStderr } from "../scripts/corpus-compare.mjs";

const CORPUS = fileURLToPath(new URL("./corpus/", import.meta.url));
/** Each program's own deadline: a looping program fails on its own instead of stalling the run. */
const DEADLINE_MS = 5_000;

interface Program {
  /** `area/name`: also the source name given to the evaluator, as Racket saw the file. */
  readonly id: string;
  readonly source: string;
  readonly stdout: string;
  /** Racket's first stderr line, when it printed anything there. */
  readonly stderr: string | undefined;
  readonly exit: number;
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

function loadCorpus(): Program[] {
  const programs: Program[] = [];
  for (const area of readdirSync(CORPUS, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const file of readdirSync(join(CORPUS, area.name)).sort()) {
      if (!file.endsWith(".rkt")) continue;
      const base = join(CORPUS, area.name, file.slice(0, -".rkt".length));
      const stdout = readIfExists(`${base}.out`);
      if (stdout === undefined) throw new Error(`${base}.out is missing: run scripts/record-corpus.sh`);
      programs.push({
        id: `${area.name}/${file.slice(0, -".rkt".length)}`,
        source: readFileSync(`${base}.rkt`, "utf8"),
        stdout,
        stderr: readIfExists(`${base}.err`)?.replace(/\n$/, ""),
        exit: Number(readIfExists(`${base}.exit`) ?? "0"),
      });
    }
  }
  return programs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

interface Observed {
  stdout: string;
  /** What `rlms run` would have printed on stderr: the program's own error-port text, then the error. */
  stderr: string;
  exit: number;
}

/** The CLI's exit code for a run's outcome (packages/runtime/src/cli/main.ts). */
function exitCode(raw: RunResult): number {
  return raw.status === "ok" ? EXIT.ok : raw.status === "error" ? EXIT.error : raw.status === "timeout" ? EXIT.timeout : raw.status === "fuel" ? EXIT.budget : EXIT.interrupted;
}

function run(program: Program): Observed {
  const out: string[] = [];
  const err: string[] = [];
  const dynamicState = EMPTY_DYNAMIC_STATE.withParameter(currentOutputPort, new OutputPort((t) => out.push(t), "stdout")).withParameter(
    currentErrorPort,
    new OutputPort((t) => err.push(t), "stderr"),
  );
  const raw = createEvaluator().runSync(program.source, {
    source: `${program.id}.rkt`,
    dynamicState,
    deadline: performance.now() + DEADLINE_MS,
  });
  if (raw.status === "error") {
    // As the CLI prints it; nothing for an abort that reached the top (Racket prints nothing).
    const text = formatReport(errorReport(raw.error));
    if (text !== "") err.push(text + "\n");
  } else if (raw.status !== "ok") err.push(`rlms: ${raw.message}\n`);
  return { stdout: out.join(""), stderr: err.join(""), exit: exitCode(raw) };
}

/** Why a program failed, in one line, for the summary at the end of the run. */
function failureReason(program: Program, seen: Observed): string | undefined {
  const ourError = normaliseStderr(seen.stderr);
  if (program.stderr === undefined && seen.stderr !== "") return `unexpected error: ${ourError}`;
  if (program.stderr !== undefined && normaliseStderr(program.stderr) !== ourError) {
    return `stderr: expected ${JSON.stringify(normaliseStderr(program.stderr))}, got ${JSON.stringify(ourError)}`;
  }
  if (seen.stdout !== program.stdout) {
    const want = program.stdout.split("\n");
    const got = seen.stdout.split("\n");
    const i = want.findIndex((line, k) => line !== got[k]);
    const at = i < 0 ? got.length : i;
    return `stdout line ${at + 1}: expected ${JSON.stringify(want[at] ?? "<end>")}, got ${JSON.stringify(got[at] ?? "<end>")}`;
  }
  if (seen.exit !== program.exit) return `exit code: expected ${program.exit}, got ${seen.exit}`;
  return undefined;
}

const programs = loadCorpus();
const failures = new Map<string, string>();
/** Programs actually run (fewer than the corpus under `-t`). */
let ran = 0;

describe("corpus (compared with Racket 8.7)", () => {
  it.each(programs.map((p) => [p.id, p] as const))("%s", (_id, program) => {
    ran++;
    const seen = run(program);
    const reason = failureReason(program, seen);
    if (reason !== undefined) failures.set(program.id, reason);
    // The reason leads the failure report: an unexpected error explains a stdout difference.
    expect(seen.stdout, reason).toBe(program.stdout);
    expect(normaliseStderr(seen.stderr), reason).toBe(program.stderr === undefined ? "" : normaliseStderr(program.stderr));
    expect(seen.exit, reason).toBe(program.exit);
  });

  afterAll(() => {
    const lines = [...failures].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, why]) => `  ${id}: ${firstLine(why).slice(0, 200)}`);
    if (ran === 0) return;
    console.log(`corpus: ${ran - failures.size}/${ran} programs match Racket${lines.length > 0 ? `; failing:\n${lines.join("\n")}` : ""}`);
  });
});
