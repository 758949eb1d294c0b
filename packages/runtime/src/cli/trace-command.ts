// `rlms trace FILE.jsonl [--html OUT.html]`: print the summary of a trace file, or write it as a
// self-contained HTML page.

import { writeFileSync } from "node:fs";
import { plural } from "../trace/format.js";
import { readTraceFile, renderTraceHtml, summarizeTrace, TraceFileError, type TraceEvent } from "../trace/index.js";
import { UsageError, checkOptions, optionValue, type ParsedArgs } from "./args.js";

import { EXIT } from "./exit-codes.js";

/**
 * Argument mistakes throw UsageError (main prints the usage text). A file that cannot be read,
 * a malformed line or an output that cannot be written is reported in one line naming the file
 * (and the line), without the usage text, which would not help: exit 2.
 */
export async function traceCommand(args: ParsedArgs): Promise<number> {
  checkOptions(args, ["html", "help"]);
  if (args.positional.length !== 1) throw new UsageError("trace takes one FILE.jsonl (a file written with --trace)");
  const file = args.positional[0]!;
  const htmlOut = optionValue(args, "html");
  if (htmlOut === "") throw new UsageError("--html needs the path of the page to write");
  let events: TraceEvent[];
  try {
    events = readTraceFile(file);
  } catch (error) {
    if (error instanceof TraceFileError) {
      process.stderr.write(`rlms: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  if (htmlOut === undefined) {
    process.stdout.write(`${summarizeTrace(events)}\n`);
    return EXIT.ok;
  }
  try {
    writeFileSync(htmlOut, renderTraceHtml(events));
  } catch (error) {
    process.stderr.write(`rlms: cannot write ${htmlOut}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return EXIT.usage;
  }
  process.stderr.write(`wrote ${htmlOut} (${plural(events.length, "event")})\n`);
  return EXIT.ok;
}
