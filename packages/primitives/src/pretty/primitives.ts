// racket/pretty's printing procedures. pretty-print, pretty-write, pretty-display and
// pretty-format are Scheme wrappers (scheme/pretty.scm: keyword arguments and the
// pretty-print-columns parameter) around the control primitive here, which checks the arguments
// as Racket does, prints the values that print themselves through a procedure of the program,
// lays the value out (layout.ts) and writes it to the port.
//
// A struct with its own printer (gen:custom-write) is printed first, on the fiber, in the mode
// and quote depth where it appears, and then laid out as an atom: its text is placed as a whole.
// (Racket lets such a printer's own `write` calls break lines; here its text stays as it printed.)

import { Flonum, Sym, VOID, printSegments, printToString, type PrintHole, type PrintMode } from "@rlms/reader";
import { ControlPrimitive, Exn, contractViolation, type Fiber } from "@rlms/evaluator";
import { OutputPort, StringOutputPort } from "../ports/port.js";
import { writeSegments } from "../ports/custom-write.js";
import { prettyText, type HoleTexts } from "./layout.js";

const MODES: ReadonlyMap<string, PrintMode> = new Map([
  ["print", "print"],
  ["write", "write"],
  ["display", "display"],
]);

/** The texts of the values that print themselves, by value, mode and quote depth. */
class RenderedHoles implements HoleTexts {
  private readonly texts = new Map<unknown, Array<{ hole: PrintHole; text: string }>>();

  add(hole: PrintHole, text: string): void {
    const list = this.texts.get(hole.value);
    if (list === undefined) this.texts.set(hole.value, [{ hole, text }]);
    else list.push({ hole, text });
  }

  text(hole: PrintHole): string {
    const list = this.texts.get(hole.value);
    const same = list?.find((e) => e.hole.mode === hole.mode && e.hole.quoted === hole.quoted) ?? list?.[0];
    // Every value that prints itself was found by the plain printer's walk; should the layout
    // meet one elsewhere, it prints as it would without its printer (as in error messages).
    return same !== undefined ? same.text : printToString(hole.value, hole.mode);
  }
}

/** Prints each hole by running its procedure on the fiber, then continues with `then`. */
function renderHoles(f: Fiber, holes: readonly PrintHole[], i: number, rendered: RenderedHoles, then: (f: Fiber) => void): void {
  if (i === holes.length) return then(f);
  const hole = holes[i]!;
  const port = new StringOutputPort();
  writeSegments(f, port, [hole], 0, (g) => {
    rendered.add(hole, port.contents());
    renderHoles(g, holes, i + 1, rendered, then);
  });
}

/** `pretty-print-columns` as the layout takes it: a number, or undefined for 'infinity. */
function widthOf(columns: unknown): number | undefined {
  if (typeof columns === "number") return columns;
  if (typeof columns === "bigint") return Number(columns);
  // The parameter's guard admits integers (also inexact ones) and 'infinity only.
  if (columns instanceof Flonum) return columns.value;
  return undefined;
}

/** `(%pretty-print who v port quote-depth newline? mode columns)` */
const prettyPrint = new ControlPrimitive("%pretty-print", [7, 7], (f, [who, v, port, quoteDepth, newline, modeName, columns]) => {
  const name = (who as Sym).name;
  if (!(port instanceof OutputPort)) throw contractViolation(name, "output-port?", port);
  if (quoteDepth !== 0 && quoteDepth !== 1) throw contractViolation(name, "(or/c 0 1)", quoteDepth);
  if (typeof newline !== "boolean") throw contractViolation(name, "boolean?", newline);
  const mode = MODES.get((modeName as Sym).name)!;
  const width = widthOf(columns);
  const holes = printSegments(v, mode, quoteDepth === 1).filter((s): s is PrintHole => typeof s !== "string");
  const rendered = new RenderedHoles();
  renderHoles(f, holes, 0, rendered, (g) => {
    port.write(layoutOrRefuse(name, v, { mode, width, quoteDepth, newline, holes: rendered }));
    g.val = VOID;
  });
});

/**
 * The layout recurses once per level of nesting, as Racket's does; a value nested deeper than
 * the host's stack allows is refused with a message rather than crashing the host.
 */
function layoutOrRefuse(who: string, v: unknown, options: Parameters<typeof prettyText>[1]): string {
  try {
    return prettyText(v, options);
  } catch (e) {
    if (e instanceof RangeError) throw new Exn("exn:fail", `${who}: the value is nested too deeply to lay out (its nesting exceeds the host's stack)`);
    throw e;
  }
}

export const PRETTY_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [["%pretty-print", prettyPrint]];
