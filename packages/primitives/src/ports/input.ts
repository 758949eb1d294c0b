// Input primitives: string ports, read-char/peek-char/read-line/read-string/read, EOF. Procedures
// whose port argument is optional read the current-input-port of the calling fiber's dynamic
// extent, which starts as an empty port (the sandbox has no stdin).

import { Char, EOF, Sym, VOID, list } from "@rlms/reader";
import { ControlPrimitive, Parameter, contractViolation, definePrimitive, type Fiber } from "@rlms/evaluator";
import { InputPort, type LineMode } from "./input-port.js";
import { OutputPort, StringOutputPort } from "./port.js";
import { checkNatural, checkString } from "../strings/checks.js";

export const currentInputPort = new Parameter(new InputPort("", "stdin", false), false, "current-input-port");

/** The port argument if given (it must be an input port), else the current input port. */
function inputPortOf(f: Fiber, who: string, given: unknown): InputPort {
  if (given !== undefined) {
    if (!(given instanceof InputPort)) throw contractViolation(who, "input-port?", given);
    return given;
  }
  return f.dyn.valueOf(currentInputPort) as InputPort;
}

function checkInputPort(who: string, p: unknown): InputPort {
  if (p instanceof InputPort) return p;
  throw contractViolation(who, "input-port?", p);
}

const charOrEof = (c: number | undefined): unknown => (c === undefined ? EOF : Char.of(c));

/** A primitive taking optional arguments, the port among them, that needs the calling fiber. */
function reader(name: string, arity: [number, number], run: (f: Fiber, args: unknown[]) => unknown): ControlPrimitive {
  return new ControlPrimitive(name, arity, (f, args) => {
    f.val = run(f, args);
  });
}

const LINE_MODES: readonly LineMode[] = ["linefeed", "return", "return-linefeed", "any", "any-one"];

function lineMode(who: string, mode: unknown): LineMode {
  if (mode instanceof Sym && (LINE_MODES as readonly string[]).includes(mode.name)) return mode.name as LineMode;
  throw contractViolation(who, "(or/c 'linefeed 'return 'return-linefeed 'any 'any-one)", mode);
}

/** Byte counts (peek skips) and lengths: exact non-negative integers, capped to the JS range. */
const count = (who: string, x: unknown): number => Math.min(Number(checkNatural(who, x)), Number.MAX_SAFE_INTEGER);

const readChar = reader("read-char", [0, 1], (f, [port]) => {
  const p = inputPortOf(f, "read-char", port);
  p.checkOpen("read-char");
  return charOrEof(p.readChar());
});

const peekChar = reader("peek-char", [0, 2], (f, [port, skip]) => {
  const p = inputPortOf(f, "peek-char", port);
  const n = skip === undefined ? 0 : count("peek-char", skip);
  p.checkOpen("peek-char");
  return charOrEof(p.peekChar(n));
});

const readLine = reader("read-line", [0, 2], (f, [port, mode]) => {
  const p = inputPortOf(f, "read-line", port);
  const m = mode === undefined ? "linefeed" : lineMode("read-line", mode);
  p.checkOpen("read-line");
  return p.readLine(m) ?? EOF;
});

const readString = reader("read-string", [1, 2], (f, [amount, port]) => {
  const n = count("read-string", amount);
  const p = inputPortOf(f, "read-string", port);
  p.checkOpen("read-string");
  return p.readString(n) ?? EOF;
});

const peekString = reader("peek-string", [2, 3], (f, [amount, skip, port]) => {
  const n = count("peek-string", amount);
  const s = count("peek-string", skip);
  const p = inputPortOf(f, "peek-string", port);
  p.checkOpen("peek-string");
  return p.peekString(n, s) ?? EOF;
});

const read = reader("read", [0, 1], (f, [port]) => {
  const p = inputPortOf(f, "read", port);
  p.checkOpen("read-char-or-special");
  return p.readDatum();
});

const charReady = reader("char-ready?", [0, 1], (f, [port]) => {
  inputPortOf(f, "char-ready?", port).checkOpen("byte-ready?");
  // A string port always has its next character (or EOF) ready.
  return true;
});

function openInputString(s: unknown, name?: unknown): InputPort {
  const text = checkString("open-input-string", s);
  return new InputPort(text, name === undefined ? "string" : name instanceof Sym ? name.name : name);
}

/** `%port->string`: port->string's body; the Scheme wrapper supplies the default port. */
function portToString(port: unknown, close: unknown): string {
  const p = checkInputPort("port->string", port);
  p.checkOpen("read-bytes-avail!");
  const s = p.rest();
  if (close !== false) p.close();
  return s;
}

/** `%port->lines`: port->lines' body; the Scheme wrapper supplies the defaults. */
function portToLines(port: unknown, mode: unknown, close: unknown): unknown {
  const p = checkInputPort("port->lines", port);
  const m = lineMode("port->lines", mode);
  p.checkOpen("read-line");
  const lines: string[] = [];
  for (let line = p.readLine(m); line !== undefined; line = p.readLine(m)) lines.push(line);
  if (close !== false) p.close();
  return list(lines);
}

export const INPUT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["eof", EOF],
  ["eof-object?", definePrimitive("eof-object?", 1, (x: unknown) => x === EOF)],
  ["current-input-port", currentInputPort],
  ["open-input-string", definePrimitive("open-input-string", [1, 2], openInputString)],
  ["input-port?", definePrimitive("input-port?", 1, (x: unknown) => x instanceof InputPort)],
  ["port?", definePrimitive("port?", 1, (x: unknown) => x instanceof InputPort || x instanceof OutputPort)],
  [
    "string-port?",
    definePrimitive("string-port?", 1, (x: unknown) => (x instanceof InputPort && x.fromString) || x instanceof StringOutputPort),
  ],
  [
    "close-input-port",
    definePrimitive("close-input-port", 1, (p: unknown) => {
      checkInputPort("close-input-port", p).close();
      return VOID;
    }),
  ],
  ["read-char", readChar],
  ["peek-char", peekChar],
  ["read-line", readLine],
  ["read-string", readString],
  ["peek-string", peekString],
  ["read", read],
  ["char-ready?", charReady],
  ["%port->string", definePrimitive("%port->string", 2, portToString)],
  ["%port->lines", definePrimitive("%port->lines", 3, portToLines)],
];
