// `rlms run FILE.scm` and `rlms eval 'FORMS'`: one run in a fresh session, with the output
// contract of surfaces.md: the program's output on stdout as it is printed; finish's value in
// display form; errors on stderr as FILE:LINE:COL: message plus a backtrace; progress and a
// summary of the calls on stderr; or, with --json, one JSON object on stdout.

import { readFileSync } from "node:fs";
import { print } from "@rlms/reader";
import { MultipleValues } from "@rlms/evaluator";
import { VOID } from "@rlms/reader";
import { Session, type RunResult } from "../session/session.js";
import { formatReport } from "../session/error-report.js";
import { UsageError, checkOptions, type ParsedArgs } from "./args.js";
import { EXIT } from "./exit-codes.js";
import { ProgressReporter } from "./progress.js";
import { SESSION_OPTIONS, contextsToLoad, sessionOptions } from "./session-options.js";

export const RUN_OPTIONS = [...SESSION_OPTIONS, "json", "quiet", "help"];

export async function runCommand(args: ParsedArgs): Promise<number> {
  checkOptions(args, RUN_OPTIONS);
  if (args.command === "run") {
    if (args.positional.length !== 1) throw new UsageError("run takes one FILE.scm");
    const file = args.positional[0]!;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return execute(text, file, args, false);
  }
  if (args.positional.length !== 1) throw new UsageError("eval takes one argument: the forms to run, quoted");
  return execute(args.positional[0]!, "eval", args, true);
}

async function execute(code: string, source: string, args: ParsedArgs, printValue: boolean): Promise<number> {
  const json = args.options.has("json");
  const options = sessionOptions(args);
  const contexts = contextsToLoad(args, () => readFileSync(0, "utf8"));
  let session: Session;
  try {
    session = new Session(options);
  } catch (e) {
    // The trace file cannot be created, a cassette to replay cannot be read...
    throw new UsageError((e as Error).message);
  }
  for (const c of contexts) await session.loadContext(c.value, c.name === undefined ? {} : { name: c.name });
  const progress = !json && !args.options.has("quiet") ? new ProgressReporter(process.stderr, process.stderr.isTTY === true) : undefined;
  if (progress !== undefined) session.on("progress", (p) => progress.update(p));
  let last: unknown = VOID;
  const onSigint = () => session.cancel();
  process.once("SIGINT", onSigint);
  let result: RunResult;
  try {
    result = await session.execute(code, {
      source,
      ...(!json && {
        onOutput: (t: string) => {
          progress?.clear();
          process.stdout.write(t);
        },
        onErrorOutput: (t: string) => {
          progress?.clear();
          process.stderr.write(t);
        },
      }),
      onValue: (v: unknown) => (last = v),
    });
  } finally {
    process.removeListener("SIGINT", onSigint);
    await session.close();
  }
  progress?.finish(result.usage);
  if (json) {
    const { status, value, display, stdout, error, usage } = result;
    process.stdout.write(JSON.stringify({ status, value, display, stdout, error, usage }) + "\n");
    return exitCode(result);
  }
  switch (result.status) {
    case "finished":
      process.stdout.write(result.display + "\n");
      break;
    case "ok":
      if (printValue && last !== VOID) for (const v of last instanceof MultipleValues ? last.values : [last]) process.stdout.write(print(v) + "\n");
      break;
    case "error": {
      const text = formatReport(result.error!);
      if (text !== "") process.stderr.write(text + "\n");
      break;
    }
    case "timeout":
      process.stderr.write(`rlms: ${result.error!.message}\n`);
      break;
    case "cancelled":
      process.stderr.write("rlms: interrupted\n");
      break;
  }
  return exitCode(result);
}

function exitCode(r: RunResult): number {
  switch (r.status) {
    case "finished":
    case "ok":
      return EXIT.ok;
    case "timeout":
      return EXIT.timeout;
    case "cancelled":
      return EXIT.interrupted;
    case "error":
      return r.error?.kind === "fuel" || r.error?.callFailure?.kind === "budget" ? EXIT.budget : EXIT.error;
  }
}
