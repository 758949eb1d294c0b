// display, write, print, newline and friends: they print to the port given, or to the
// current-output-port of the calling fiber's dynamic extent.

import { display, print, write, isSchemeString, stringValue, Char } from "@rlms/reader";
import { ControlPrimitive, contractViolation, definePrimitive, type Fiber } from "@rlms/evaluator";
import { VOID } from "@rlms/reader";
import { OutputPort, StringOutputPort, currentErrorPort, currentOutputPort } from "./port.js";

export function portOf(f: Fiber, who: string, given: unknown, which = currentOutputPort): OutputPort {
  if (given !== undefined) {
    if (!(given instanceof OutputPort)) throw contractViolation(who, "output-port?", given);
    return given;
  }
  const cell = f.dyn.parameterCell(which);
  return (cell !== undefined ? cell.value : which.value) as OutputPort;
}

const printer = (name: string, render: (v: unknown) => string, suffix = "") =>
  new ControlPrimitive(name, [1, 2], (f, [v, port]) => {
    portOf(f, name, port).write(render(v) + suffix);
    f.val = VOID;
  });

const newline = new ControlPrimitive("newline", [0, 1], (f, [port]) => {
  portOf(f, "newline", port).write("\n");
  f.val = VOID;
});

const writeString = new ControlPrimitive("write-string", [1, 4], (f, [s, port]) => {
  if (!isSchemeString(s)) throw contractViolation("write-string", "string?", s);
  portOf(f, "write-string", port).write(stringValue(s));
  f.val = VOID;
});

const writeChar = new ControlPrimitive("write-char", [1, 2], (f, [c, port]) => {
  if (!(c instanceof Char)) throw contractViolation("write-char", "char?", c);
  portOf(f, "write-char", port).write(c.text);
  f.val = VOID;
});

export const OUTPUT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["display", printer("display", display)],
  ["write", printer("write", write)],
  ["print", printer("print", print)],
  ["displayln", printer("displayln", display, "\n")],
  ["writeln", printer("writeln", write, "\n")],
  ["println", printer("println", print, "\n")],
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
