// display, write, print, newline and friends: they print to the port given, or to the
// current-output-port of the calling fiber's dynamic extent.

import { Char, printSegments, type PrintMode } from "@rlms/reader";
import { checkNatural, checkRange, checkString } from "../strings/checks.js";
import { codePointLength, codePointSlice } from "../strings/code-points.js";
import { ControlPrimitive, contractViolation, definePrimitive, type Fiber } from "@rlms/evaluator";
import { VOID } from "@rlms/reader";
import { OutputPort, StringOutputPort, currentErrorPort, currentOutputPort } from "./port.js";
import { plainText, writeBuffered } from "./custom-write.js";

export function portOf(f: Fiber, who: string, given: unknown, which = currentOutputPort): OutputPort {
  if (given !== undefined) {
    if (!(given instanceof OutputPort)) throw contractViolation(who, "output-port?", given);
    return given;
  }
  return f.dyn.valueOf(which) as OutputPort;
}

/** display, write, print and their `ln` forms; print's optional third argument is the quote depth. */
const printer = (name: string, mode: PrintMode, suffix = "") =>
  new ControlPrimitive(name, [1, mode === "print" ? 3 : 2], (f, [v, port, depth]) => {
    const out = portOf(f, name, port);
    if (depth !== undefined && depth !== 0 && depth !== 1) throw contractViolation(name, "(or/c 0 1)", depth);
    const segments = printSegments(v, mode, depth === 1);
    const text = plainText(segments);
    if (text !== undefined) {
      out.write(text + suffix);
      f.val = VOID;
      return;
    }
    writeBuffered(f, out, segments, suffix, (g) => (g.val = VOID));
  });

const newline = new ControlPrimitive("newline", [0, 1], (f, [port]) => {
  portOf(f, "newline", port).write("\n");
  f.val = VOID;
});

/** `(write-string str [out start end])`: returns the number of characters written. */
const writeString = new ControlPrimitive("write-string", [1, 4], (f, [s, port, start, end]) => {
  const who = "write-string";
  const text = checkString(who, s);
  const out = portOf(f, who, port);
  const length = codePointLength(text);
  const from = start === undefined ? 0 : checkNatural(who, start);
  const to = end === undefined ? length : checkNatural(who, end);
  // Racket labels the string "byte string" in these messages.
  const [a, b] = checkRange(who, s, length, from, to, "byte string");
  out.write(a === 0 && b === length ? text : codePointSlice(text, a, b));
  f.val = b - a;
});

const writeChar = new ControlPrimitive("write-char", [1, 2], (f, [c, port]) => {
  if (!(c instanceof Char)) throw contractViolation("write-char", "char?", c);
  portOf(f, "write-char", port).write(c.text);
  f.val = VOID;
});

export const OUTPUT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["display", printer("display", "display")],
  ["write", printer("write", "write")],
  ["print", printer("print", "print")],
  ["displayln", printer("displayln", "display", "\n")],
  ["writeln", printer("writeln", "write", "\n")],
  ["println", printer("println", "print", "\n")],
  ["newline", newline],
  ["write-string", writeString],
  ["write-char", writeChar],
  ["current-output-port", currentOutputPort],
  ["current-error-port", currentErrorPort],
  ["open-output-string", definePrimitive("open-output-string", [0, 1], () => new StringOutputPort())],
  [
    "get-output-string",
    definePrimitive("get-output-string", 1, (p: unknown) => {
      if (!(p instanceof StringOutputPort)) throw contractViolation("get-output-string", "string-port?", p);
      return p.contents();
    }),
  ],
  ["output-port?", definePrimitive("output-port?", 1, (p: unknown) => p instanceof OutputPort)],
];
