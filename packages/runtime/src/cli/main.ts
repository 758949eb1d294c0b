// `rlms`: run plan files and expressions. Output contract (surfaces.md): program output on stdout
// as it is printed; errors on stderr with FILE:LINE:COL; exit 0 ok, 1 Scheme error, 2 usage,
// 3 timeout, 130 interrupted.

import { readFileSync } from "node:fs";
import { VOID, display, print, formatLocation } from "@rlms/reader";
import { EMPTY_DYNAMIC_STATE, MultipleValues, type RunResult } from "@rlms/evaluator";
import { OutputPort, createEvaluator, currentOutputPort } from "@rlms/primitives";
import { UsageError, checkOptions, optionValue, parseArgs, positiveNumber, type ParsedArgs } from "./args.js";
import { traceCommand } from "./trace-command.js";
import { errorMessage, formatError } from "../session/error-report.js";

export const EXIT = { ok: 0, error: 1, usage: 2, timeout: 3, budget: 4, interrupted: 130 } as const;

const USAGE = `usage:
  rlms run FILE.scm [options]     run a program file
  rlms eval 'EXPR' [options]      run forms given on the command line and print the last value
  rlms trace FILE.jsonl [--html OUT.html]
                                  summarise a trace file (--trace), or render it as a self-contained page

options:
  --timeout SECONDS   stop the run after this long (exit 3)
  --json              print one JSON object {status, value, display, stdout, error} instead
  --quiet             no progress output on stderr
  --help              this text
`;

const RUN_OPTIONS = ["timeout", "json", "quiet", "help"];

/**
 * A reader that stops early (`rlms run x.scm | head`) closes our stdout: stop quietly, as Unix
 * tools do, instead of dying on an unhandled EPIPE.
 */
function exitQuietlyOnClosedStdout(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(EXIT.ok);
    throw e;
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  exitQuietlyOnClosedStdout();
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
    if (args.options.has("help") || args.command === undefined) {
      (args.command === undefined && !args.options.has("help") ? process.stderr : process.stdout).write(USAGE);
      return args.options.has("help") ? EXIT.ok : EXIT.usage;
    }
    switch (args.command) {
      case "run": {
        checkOptions(args, RUN_OPTIONS);
        if (args.positional.length !== 1) throw new UsageError("run takes one FILE.scm");
        const file = args.positional[0]!;
        let text: string;
        try {
          text = readFileSync(file, "utf8");
        } catch (e) {
          throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
        return await execute(text, file, args, false);
      }
      case "eval": {
        checkOptions(args, RUN_OPTIONS);
        if (args.positional.length !== 1) throw new UsageError("eval takes one argument: the forms to run, quoted");
        return await execute(args.positional[0]!, "eval", args, true);
      }
      case "trace":
        return await traceCommand(args);
      default:
        throw new UsageError(`unknown command \`${args.command}\``);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`rlms: ${e.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw e;
  }
}

async function execute(text: string, source: string, args: ParsedArgs, printValue: boolean): Promise<number> {
  const json = args.options.has("json");
  const timeout = positiveNumber(args, "timeout");
  const stdout: string[] = [];
  // With --json the program's output is collected into the JSON object instead of streamed.
  const port = new OutputPort(json ? (t) => stdout.push(t) : (t) => process.stdout.write(t), "stdout");
  const evaluator = createEvaluator();
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once("SIGINT", onSigint);
  let result: RunResult;
  try {
    result = await evaluator.run(text, {
      source,
      dynamicState: EMPTY_DYNAMIC_STATE.withParameter(currentOutputPort, port),
      deadline: timeout !== undefined ? performance.now() + timeout * 1000 : undefined,
      signal: abort.signal,
    });
  } finally {
    process.removeListener("SIGINT", onSigint);
  }
  void optionValue;
  if (json) {
    process.stdout.write(JSON.stringify(jsonResult(result, stdout.join(""))) + "\n");
    return exitCode(result);
  }
  switch (result.status) {
    case "ok":
      if (printValue) printResult(result.value);
      return EXIT.ok;
    case "finished":
      process.stdout.write(display(result.value) + "\n");
      return EXIT.ok;
    case "error": {
      const text = formatError(result.error);
      if (text !== "") process.stderr.write(text + "\n");
      return EXIT.error;
    }
    case "timeout":
      process.stderr.write(`rlms: ${result.message}\n`);
      return EXIT.timeout;
    case "cancelled":
      process.stderr.write(`rlms: interrupted\n`);
      return EXIT.interrupted;
    case "fuel":
      process.stderr.write(`rlms: ${result.message}\n`);
      return EXIT.budget;
  }
}

function printResult(v: unknown): void {
  if (v === VOID) return;
  const values = v instanceof MultipleValues ? v.values : [v];
  for (const x of values) process.stdout.write(print(x) + "\n");
}

function exitCode(r: RunResult): number {
  switch (r.status) {
    case "ok":
    case "finished":
      return EXIT.ok;
    case "error":
      return EXIT.error;
    case "timeout":
      return EXIT.timeout;
    case "cancelled":
      return EXIT.interrupted;
    case "fuel":
      return EXIT.budget;
  }
}

function jsonResult(r: RunResult, stdout: string): Record<string, unknown> {
  switch (r.status) {
    case "ok":
    case "finished":
      return { status: r.status, value: jsonValue(r.value), display: r.value === VOID ? "" : display(r.value), stdout, error: null };
    case "error":
      return {
        status: "error",
        value: null,
        display: null,
        stdout,
        error: { message: errorMessage(r.error), location: locationOf(r.error) },
      };
    default:
      return { status: r.status, value: null, display: null, stdout, error: { message: r.message, location: null } };
  }
}

function locationOf(e: unknown): string | null {
  const loc = (e as { srcloc?: Parameters<typeof formatLocation>[0] }).srcloc;
  return loc !== undefined ? formatLocation(loc) : null;
}

/** A JSON rendering of a Scheme value where one exists (strings, numbers, booleans, lists, hashes). */
function jsonValue(v: unknown): unknown {
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return v;
  if (v === VOID) return null;
  return display(v);
}
