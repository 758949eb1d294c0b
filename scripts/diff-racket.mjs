#!/usr/bin/env node
// pnpm diff-racket FILE...
//
// Runs each Racket program under Racket (the oracle) and under rlms (the compiled CLI,
// `node packages/runtime/bin/rlms.js run FILE`) and shows how they differ: a unified diff of
// stdout, then the first line of stderr (locations removed, as in the corpus test:
// scripts/corpus-compare.mjs) and the exit codes when those differ. Prints `OK FILE` when all
// three agree. Exit status: 0 all match, 1 some differ, 2 cannot run (no racket, no build, usage).
// Plain Node, no dependencies.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { normaliseStderr } from "./corpus-compare.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "packages/runtime/bin/rlms.js");
const TIMEOUT_MS = 60_000;
const CONTEXT = 3;

function usage() {
  process.stderr.write("usage: pnpm diff-racket FILE.rkt...\n  compares each program's output under Racket and under rlms\n");
  process.exit(2);
}

/** Runs a command to completion; `signal`/timeouts are reported as exit code 124 with a note. */
function runCommand(command, args) {
  const r = spawnSync(command, args, { encoding: "utf8", timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  if (r.error !== undefined && r.error.code !== "ETIMEDOUT") throw r.error;
  const timedOut = r.error?.code === "ETIMEDOUT" || r.signal !== null;
  return {
    stdout: r.stdout ?? "",
    stderr: timedOut ? `(killed after ${TIMEOUT_MS / 1000} s)\n${r.stderr ?? ""}` : (r.stderr ?? ""),
    exit: timedOut ? 124 : (r.status ?? 1),
  };
}

function racketAvailable() {
  const r = spawnSync("racket", ["--version"], { encoding: "utf8" });
  return r.error === undefined && r.status === 0;
}

/** Lines of a text, remembering whether the last one ended with a newline. */
function splitLines(text) {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  else lines[lines.length - 1] += "\n\\ No newline at end of output";
  return lines;
}

/**
 * Edit script between two line arrays: [op, line] with op " ", "-" or "+". Common prefix and
 * suffix are peeled off first, so the LCS table only covers the part that differs.
 */
function editScript(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const ops = a.slice(0, start).map((l) => [" ", l]);
  if (midA.length * midB.length > 4_000_000) {
    // Too large for the table: show the differing middle whole.
    for (const l of midA) ops.push(["-", l]);
    for (const l of midB) ops.push(["+", l]);
  } else {
    const n = midA.length;
    const m = midB.length;
    // lcs[i][j] = length of the LCS of midA[i:] and midB[j:], flattened.
    const lcs = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * (m + 1) + j] = midA[i] === midB[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        ops.push([" ", midA[i++]]);
        j++;
      } else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1])) ops.push(["-", midA[i++]]);
      else ops.push(["+", midB[j++]]);
    }
  }
  for (const l of a.slice(endA)) ops.push([" ", l]);
  return ops;
}

/** A unified diff (hunks with CONTEXT lines around each change). */
function unifiedDiff(expected, actual, labelA, labelB) {
  const ops = editScript(splitLines(expected), splitLines(actual));
  const out = [`--- ${labelA}`, `+++ ${labelB}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k][0] === " ") {
      k++;
      continue;
    }
    // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change that
    // is within 2*CONTEXT lines of the previous one.
    let from = Math.max(0, k - CONTEXT);
    let to = k;
    while (to < ops.length) {
      if (ops[to][0] !== " ") {
        to++;
        continue;
      }
      let run = to;
      while (run < ops.length && ops[run][0] === " ") run++;
      if (run < ops.length && run - to <= 2 * CONTEXT) to = run;
      else break;
    }
    to = Math.min(ops.length, to + CONTEXT);
    let lineA = 1;
    let lineB = 1;
    for (let q = 0; q < from; q++) {
      if (ops[q][0] !== "+") lineA++;
      if (ops[q][0] !== "-") lineB++;
    }
    const hunk = ops.slice(from, to);
    const countA = hunk.filter(([op]) => op !== "+").length;
    const countB = hunk.filter(([op]) => op !== "-").length;
    out.push(`@@ -${countA === 0 ? lineA - 1 : lineA},${countA} +${countB === 0 ? lineB - 1 : lineB},${countB} @@`);
    for (const [op, line] of hunk) out.push(op + line);
    k = to;
  }
  return out.join("\n");
}

function compare(file) {
  const racket = runCommand("racket", [file]);
  const rlms = runCommand(process.execPath, [CLI, "run", file]);
  const report = [];
  if (racket.stdout !== rlms.stdout) report.push("stdout:\n" + unifiedDiff(racket.stdout, rlms.stdout, "racket", "rlms"));
  const errA = normaliseStderr(racket.stderr);
  const errB = normaliseStderr(rlms.stderr);
  if (errA !== errB) report.push(`stderr (first line, location removed):\n  racket: ${JSON.stringify(errA)}\n  rlms:   ${JSON.stringify(errB)}`);
  if (racket.exit !== rlms.exit) report.push(`exit code: racket ${racket.exit}, rlms ${rlms.exit}`);
  if (report.length === 0) {
    process.stdout.write(`OK ${file}\n`);
    return true;
  }
  process.stdout.write(`DIFF ${file}\n${report.join("\n")}\n\n`);
  return false;
}

function main(files) {
  if (files.length === 0 || files.includes("--help") || files.includes("-h")) usage();
  if (!racketAvailable()) {
    process.stderr.write("diff-racket: `racket` is not on PATH: install Racket 8.7 to compare against it\n");
    process.exit(2);
  }
  if (!existsSync(join(ROOT, "packages/runtime/dist"))) {
    process.stderr.write("diff-racket: the CLI is not built: run `pnpm build` first\n");
    process.exit(2);
  }
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    process.stderr.write(`diff-racket: no such file: ${missing.join(", ")}\n`);
    process.exit(2);
  }
  let allSame = true;
  for (const f of files) allSame = compare(f) && allSame;
  if (files.length > 1) process.stdout.write(`${allSame ? "all match" : "some differ"}\n`);
  process.exit(allSame ? 0 : 1);
}

main(process.argv.slice(2));
