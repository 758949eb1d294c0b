// Printing values whose printed form comes from the program: a struct with gen:custom-write
// (or prop:custom-write) prints by calling its procedure `(write-proc v port mode)`, which
// writes to the port and may print other values (and other such structs) itself.
//
// The printer cannot call a procedure of the program (it runs in one JS call; the procedure must
// run on the fiber, where continuations, fuel and deadlines apply), so it leaves a hole for each
// such value (reader's printSegments). The output procedures write the text and fill each hole by
// applying the procedure on the fiber, then go on with the rest, as Racket's printer does when it
// reaches the struct. Like Racket's, the output goes to a buffer that reaches the port only when
// the whole value is printed: a printer that fails leaves nothing half-printed.

import type { PrintHole } from "@rlms/reader";
import { ThenFrame, type Fiber, type StructInstance } from "@rlms/evaluator";
import { StringOutputPort, type OutputPort } from "./port.js";

export type Segments = ReadonlyArray<string | PrintHole>;

/** The mode argument Racket gives the procedure: #t for write, #f for display, 0 or 1 for print (quote depth). */
function modeArgument(hole: PrintHole): unknown {
  return hole.mode === "write" ? true : hole.mode === "display" ? false : hole.quoted ? 1 : 0;
}

/** The text when there are no holes, or undefined. */
export function plainText(segments: Segments): string | undefined {
  if (segments.length === 1 && typeof segments[0] === "string") return segments[0];
  let out = "";
  for (const s of segments) {
    if (typeof s !== "string") return undefined;
    out += s;
  }
  return out;
}

/**
 * Writes `segments` from index `from` to `port`, calling the printer of each hole on the fiber,
 * then continues with `then` (which sets the fiber's result).
 */
export function writeSegments(f: Fiber, port: OutputPort, segments: Segments, from: number, then: (f: Fiber) => void): void {
  for (let i = from; i < segments.length; i++) {
    const s = segments[i]!;
    if (typeof s === "string") {
      port.write(s);
      continue;
    }
    // Only structs with a printer leave holes (StructInstance's PRINT).
    const v = s.value as StructInstance;
    f.k = new ThenFrame(f.k, (g) => writeSegments(g, port, segments, i + 1, then));
    f.apply(v.type.customWrite, [v, port, modeArgument(s)]);
    return;
  }
  then(f);
}

/**
 * Writes `segments` then `suffix` to `port` through a buffer (the port the printers get), then
 * continues with `then`. Re-entering a printer's continuation prints only what follows the
 * re-entry point, as in Racket: the buffer is emptied each time it is flushed.
 */
export function writeBuffered(f: Fiber, port: OutputPort, segments: Segments, suffix: string, then: (f: Fiber) => void): void {
  const buffer = new StringOutputPort();
  writeSegments(f, buffer, segments, 0, (g) => {
    port.write(buffer.contents() + suffix);
    buffer.reset();
    then(g);
  });
}
