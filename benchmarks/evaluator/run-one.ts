// Runs one program under one implementation, in a fresh process, and prints a JSON line:
// {impl, program, ms: [per run], result}. Used by compare.ts so that each implementation gets a
// clean heap and a hard time limit.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { display } from "@rlms/reader";
import { createEvaluator } from "@rlms/primitives";

type Runner = (code: string) => Promise<string>;

async function runner(impl: string): Promise<Runner> {
  switch (impl) {
    case "rlms": {
      const ev = createEvaluator();
      return async (code) => {
        const r = await ev.run(code);
        if (r.status !== "ok") throw new Error(`rlms: ${r.status} ${r.status === "error" ? String((r.error as { message?: string }).message) : ""}`);
        return display(r.value);
      };
    }
    case "biwascheme": {
      const Biwa = (await import("biwascheme")).default;
      return async (code) => String(Biwa.run(code));
    }
    case "lips": {
      const lips = await import("lips");
      // LIPS defines much of its standard library (`=` included) in Scheme, in a file that its
      // browser build loads for you and its Node build does not.
      const dist = dirname(createRequire(import.meta.url).resolve("lips"));
      await lips.exec(readFileSync(join(dist, "std.scm"), "utf8"));
      return async (code) => {
        const results = await lips.exec(code);
        return String(results[results.length - 1]);
      };
    }
    default:
      throw new Error(`unknown implementation ${impl}`);
  }
}

const [impl, file, runsText] = process.argv.slice(2);
if (impl === undefined || file === undefined) {
  process.stderr.write("usage: run-one IMPL FILE [RUNS]\n");
  process.exit(2);
}
const code = readFileSync(file, "utf8");
const run = await runner(impl);
const ms: number[] = [];
let result = "";
for (let i = 0; i < Number(runsText ?? 3); i++) {
  const t = performance.now();
  result = await run(code);
  ms.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ impl, program: file, ms, result }) + "\n");
