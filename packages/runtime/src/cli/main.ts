// `rlms`: the command line (surfaces.md). Dispatches to the commands; usage errors exit 2 with
// the usage text; stdout closed early (`rlms run x.scm | head`) ends quietly.

import { UsageError, parseArgs, type ParsedArgs } from "./args.js";
import { EXIT } from "./exit-codes.js";
import { runCommand } from "./run-command.js";
import { traceCommand } from "./trace-command.js";

export { EXIT };

const USAGE = `usage:
  rlms run FILE.scm [options]     run a plan file
  rlms eval 'FORMS' [options]     run forms given on the command line and print the last value
  rlms trace FILE.jsonl [--html OUT.html]
                                  summarise a trace file (--trace), or render it as a self-contained page

options of run and eval:
  --context PATH          load a context: a .json file becomes JSON data, anything else a string;
                          - reads stdin. --context NAME=PATH loads a named one (get-context).
  --model M               the model of calls that name none (default gpt-4o-mini)
  --base-url URL          an OpenAI-compatible endpoint (default OPENAI_BASE_URL, then OpenAI);
                          the key comes from OPENAI_API_KEY
  --record CASSETTE.jsonl write every model call and its answer to a cassette
  --replay CASSETTE.jsonl answer every call from a cassette (offline; a call not in it is an error)
  --trace OUT.jsonl       write the trace of calls as JSON lines (see rlms trace)
  --timeout SECONDS       stop the run after this long (exit 3)
  --max-tokens N          session budget in tokens; --max-cost USD in dollars (exit 4 when exceeded)
  --max-concurrency N     requests in flight at once, across the whole run (default 16)
  --image-dir DIR         the only directory #:image file names may come from
  --json                  print one JSON object {status, value, display, stdout, error, usage}
  --quiet                 no progress or summary on stderr
  --help                  this text

exit codes: 0 finished or ok, 1 Scheme error, 2 usage error, 3 timeout, 4 budget exceeded,
130 interrupted
`;

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
      case "run":
      case "eval":
        return await runCommand(args);
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
