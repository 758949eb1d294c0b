// format, printf, fprintf and eprintf: Racket's format strings.
//
//   ~a display   ~s write   ~v print   ~e error-value (print, cut to 256 characters)
//   ~.a ~.s ~.v  display/write/print cut to 256 characters
//   ~c a character   ~b ~o ~x an exact number in base 2, 8, 16   ~n ~% newline   ~~ tilde
//   ~ followed by whitespace: skips the whitespace up to and including one line end
//
// As in Racket, the whole pattern is checked (well-formed, argument count) before anything is
// produced, and the text is built before any of it is written, so a failing printf prints nothing.
// A struct with its own printer (gen:custom-write) in a ~a/~s/~v argument leaves a hole in that
// text, filled while writing by calling its procedure (ports/custom-write.ts); `format` then
// writes to a string port.

import { Char, Ratnum, numberToString, printSegments, printTruncated, type PrintHole } from "@rlms/reader";
import { ControlPrimitive, Exn, errorValue, type Fiber } from "@rlms/evaluator";
import { VOID } from "@rlms/reader";
import { portOf } from "../ports/output.js";
import { StringOutputPort, currentErrorPort, type OutputPort } from "../ports/port.js";
import { plainText, writeBuffered, writeSegments, type Segments } from "../ports/custom-write.js";
import { checkString } from "../strings/checks.js";
import { isWhitespace } from "../strings/unicode.js";
import { RACKET_FORMAT_PRIMITIVES } from "./racket-format.js";

/** Racket's `error-print-width`. */
export const ERROR_PRINT_WIDTH = 256;

/** One piece of a parsed pattern: literal text, or a directive consuming an argument. */
type Piece = string | { directive: string };

/** Directives that consume an argument (after lower-casing), `.`-prefixed ones included. */
const ARGUMENT_DIRECTIVES = new Set(["a", "s", "v", "e", "c", "b", "o", "x", ".a", ".s", ".v"]);

function illFormed(who: string, explanation: string, args: readonly unknown[]): Exn {
  return new Exn("exn:fail:contract", `${who}: ill-formed pattern string\n  explanation: ${explanation}${argumentsWere(args)}`);
}

/**
 * "; arguments were: ..." as Racket appends it: each argument printed and cut to an equal share
 * of the error print width.
 */
function argumentsWere(args: readonly unknown[]): string {
  if (args.length === 0) return "";
  const width = Math.round(ERROR_PRINT_WIDTH / args.length);
  return "; arguments were: " + args.map((a) => printTruncated(a, "print", width)).join(" ");
}

/** Skips `~` + whitespace: whitespace up to the first non-space, and across at most one line end. */
function skipWhitespace(pattern: string, i: number): number {
  let lineEnds = 0;
  while (i < pattern.length) {
    const c = pattern.codePointAt(i)!;
    if (!isWhitespace(c)) break;
    if (c === 0x0a || c === 0x0d) {
      if (lineEnds === 1) break;
      lineEnds++;
      if (c === 0x0d && pattern.charCodeAt(i + 1) === 0x0a) i++;
    }
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

/** Splits a pattern into literal text and directives; throws Racket's ill-formed errors. */
function parse(who: string, pattern: string, args: readonly unknown[]): Piece[] {
  const pieces: Piece[] = [];
  let text = "";
  let i = 0;
  while (i < pattern.length) {
    const tilde = pattern.indexOf("~", i);
    if (tilde === -1) {
      text += pattern.slice(i);
      break;
    }
    text += pattern.slice(i, tilde);
    if (tilde + 1 >= pattern.length) throw illFormed(who, "cannot end in `~`", args);
    const c = pattern.codePointAt(tilde + 1)!;
    const tag = String.fromCodePoint(c).toLowerCase();
    i = tilde + 1 + (c > 0xffff ? 2 : 1);
    if (tag === "n" || tag === "%") {
      text += "\n";
    } else if (tag === "~") {
      text += "~";
    } else if (isWhitespace(c)) {
      i = skipWhitespace(pattern, tilde + 1);
    } else if (tag === ".") {
      const next = pattern[i]?.toLowerCase();
      if (next !== "a" && next !== "s" && next !== "v") throw illFormed(who, "tag `~.` not followed by `a`, `s`, or `v`", args);
      pieces.push(text, { directive: "." + next });
      text = "";
      i++;
    } else if (ARGUMENT_DIRECTIVES.has(tag)) {
      pieces.push(text, { directive: tag });
      text = "";
    } else {
      throw illFormed(who, `tag \`~${String.fromCodePoint(c)}\` not allowed`, args);
    }
  }
  pieces.push(text);
  return pieces;
}

function requires(who: string, what: string, arg: unknown, args: readonly unknown[]): Exn {
  return new Exn(
    "exn:fail:contract",
    `${who}: format string requires ${what}, given something else\n  bad argument: ${errorValue(arg)}${argumentsWere(args)}`,
  );
}

const isExactNumber = (x: unknown): x is number | bigint | Ratnum =>
  typeof x === "number" || typeof x === "bigint" || x instanceof Ratnum;

function render(who: string, directive: string, arg: unknown, args: readonly unknown[]): string | Segments {
  switch (directive) {
    case "a":
      return printSegments(arg, "display");
    case "s":
      return printSegments(arg, "write");
    case "v":
      return printSegments(arg, "print");
    case "e":
    case ".v":
      return printTruncated(arg, "print", ERROR_PRINT_WIDTH);
    case ".a":
      return printTruncated(arg, "display", ERROR_PRINT_WIDTH);
    case ".s":
      return printTruncated(arg, "write", ERROR_PRINT_WIDTH);
    case "c":
      if (!(arg instanceof Char)) throw requires(who, "a character", arg, args);
      return arg.text;
    default: {
      // ~b ~o ~x accept any exact number (1/2 in hex is "1/2"), whatever the message says.
      if (!isExactNumber(arg)) throw requires(who, "a exact integer", arg, args);
      return numberToString(arg, directive === "b" ? 2 : directive === "o" ? 8 : 16);
    }
  }
}

/**
 * The output of `(format pattern arg ...)`: text, with holes where an argument has its own
 * printer; `who` names the procedure in errors.
 */
export function formatSegments(who: string, pattern: unknown, args: readonly unknown[]): Segments {
  const text = checkString(who, pattern);
  // No directive at all: the pattern itself (the common `(printf "text\n")`).
  if (!text.includes("~")) {
    if (args.length > 0) throw new Exn("exn:fail:contract", `${who}: format string requires 0 arguments, given ${args.length}${argumentsWere(args)}`);
    return [text];
  }
  const pieces = parse(who, text, args);
  const needed = (pieces.length - 1) / 2;
  if (needed !== args.length) {
    throw new Exn("exn:fail:contract", `${who}: format string requires ${needed} arguments, given ${args.length}${argumentsWere(args)}`);
  }
  const segments: Array<string | PrintHole> = [];
  let out = pieces[0] as string;
  for (let k = 0; k < needed; k++) {
    const rendered = render(who, (pieces[2 * k + 1] as { directive: string }).directive, args[k], args);
    const plain = typeof rendered === "string" ? rendered : plainText(rendered);
    if (plain !== undefined) out += plain;
    else {
      for (const s of rendered as Segments) {
        if (typeof s === "string") out += s;
        else {
          segments.push(out, s);
          out = "";
        }
      }
    }
    out += pieces[2 * k + 2] as string;
  }
  segments.push(out);
  return segments;
}

/** The text of `(format pattern arg ...)` when no argument has its own printer (errors' messages). */
export function formatString(who: string, pattern: unknown, args: readonly unknown[]): string {
  const segments = formatSegments(who, pattern, args);
  return plainText(segments) ?? segments.map((s) => (typeof s === "string" ? s : printTruncated(s.value, s.mode, Infinity))).join("");
}

/** Writes the output of a format pattern to a port, running the printers of its holes on the fiber. */
function formatTo(f: Fiber, who: string, port: OutputPort, pattern: unknown, args: readonly unknown[]): void {
  const segments = formatSegments(who, pattern, args);
  const text = plainText(segments);
  if (text !== undefined) {
    port.write(text);
    f.val = VOID;
  } else {
    writeBuffered(f, port, segments, "", (g) => (g.val = VOID));
  }
}

const printf = new ControlPrimitive("printf", [1, Infinity], (f: Fiber, [pattern, ...args]) => {
  formatTo(f, "printf", portOf(f, "printf", undefined), pattern, args);
});

const eprintf = new ControlPrimitive("eprintf", [1, Infinity], (f: Fiber, [pattern, ...args]) => {
  formatTo(f, "eprintf", portOf(f, "eprintf", undefined, currentErrorPort), pattern, args);
});

const fprintf = new ControlPrimitive("fprintf", [2, Infinity], (f: Fiber, [port, pattern, ...args]) => {
  formatTo(f, "fprintf", portOf(f, "fprintf", port), pattern, args);
});

/** `format`: a string; through a string port when an argument has its own printer. */
const format = new ControlPrimitive("format", [1, Infinity], (f: Fiber, [pattern, ...args]) => {
  const segments = formatSegments("format", pattern, args);
  const text = plainText(segments);
  if (text !== undefined) {
    f.val = text;
    return;
  }
  const port = new StringOutputPort();
  writeSegments(f, port, segments, 0, (g) => (g.val = port.contents()));
});

export const FORMAT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["format", format],
  ["printf", printf],
  ["eprintf", eprintf],
  ["fprintf", fprintf],
  ...RACKET_FORMAT_PRIMITIVES,
];
