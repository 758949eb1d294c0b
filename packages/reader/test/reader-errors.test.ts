// Read errors: every kind, with its exact message, position (1-based line and column in UTF-16
// units, 0-based offset) and whether more input could complete the datum (`incomplete`, which the
// REPL uses to keep reading lines). Racket 8.7 raises an error for every input here too (checked
// with `(read (open-input-string text))`), except the deliberate refusals (byte strings, regexps,
// prefabs, `#0=` graph labels), which Racket reads; the messages are ours.

import { describe, expect, it } from "vitest";
import { DatumReader, NIL, Pair, ReadError, isEqual, readAll, readOne, readSyntaxAll, sym } from "@rlms/reader";

interface Expected {
  message: string;
  line: number;
  column: number;
  offset: number;
  incomplete: boolean;
}

/** The ReadError that reading all of `text` raises (with and without positions: the same one). */
function readError(text: string): ReadError {
  let plain: unknown;
  let syntax: unknown;
  try {
    readAll(text);
  } catch (e) {
    plain = e;
  }
  try {
    readSyntaxAll(text);
  } catch (e) {
    syntax = e;
  }
  if (!(plain instanceof ReadError)) throw new Error(`expected a ReadError reading ${JSON.stringify(text)}, got ${String(plain)}`);
  expect(syntax, "readSyntaxAll raises the same error").toBeInstanceOf(ReadError);
  expect((syntax as ReadError).message).toBe(plain.message);
  return plain;
}

const summary = (e: ReadError): Expected => ({
  message: e.message,
  line: e.line,
  column: e.column,
  offset: e.offset,
  incomplete: e.incomplete,
});

/** Offset → 1-based line/column, counting \n, \r\n and \r as line breaks. */
function lineColumn(text: string, offset: number): [number, number] {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) {
      line++;
      start = i + 1;
    }
  }
  return [line, offset - start + 1];
}

// [input, message, line, column, offset, incomplete]
// prettier-ignore
const ERRORS: [string, string, number, number, number, boolean][] = [
  // brackets
  ["(a\n (b c)\n    (d", "unclosed `(` opened at 3:5", 3, 5, 14, true],
  ["(a b", "unclosed `(` opened at 1:1", 1, 1, 0, true],
  ["[a b", "unclosed `[` opened at 1:1", 1, 1, 0, true],
  ["{a b", "unclosed `{` opened at 1:1", 1, 1, 0, true],
  ["#(a b", "unclosed `#(` opened at 1:1", 1, 1, 0, true],
  ["#hasheq((a . 1)", "unclosed `#hasheq(` opened at 1:1", 1, 1, 0, true],
  ["(a . b", "unclosed `(` opened at 1:1", 1, 1, 0, true],
  ["(a b)\n\n\n\n\n\n)", "unexpected `)` at 7:1", 7, 1, 11, false],
  [")", "unexpected `)` at 1:1", 1, 1, 0, false],
  ["]", "unexpected `]` at 1:1", 1, 1, 0, false],
  ["}", "unexpected `}` at 1:1", 1, 1, 0, false],
  ["[a b)", "expected `]` to close `[` opened at 1:1, found `)` at 1:5", 1, 5, 4, false],
  ["(a]", "expected `)` to close `(` opened at 1:1, found `]` at 1:3", 1, 3, 2, false],
  ["{a)", "expected `}` to close `{` opened at 1:1, found `)` at 1:3", 1, 3, 2, false],
  ["[a}", "expected `]` to close `[` opened at 1:1, found `}` at 1:3", 1, 3, 2, false],
  ["#[1)", "expected `]` to close `[` opened at 1:1, found `)` at 1:4", 1, 4, 3, false],
  ["#hash{(a . 1)]", "expected `}` to close `{` opened at 1:1, found `]` at 1:14", 1, 14, 13, false],
  // strings
  ["\"abc", "unclosed string opened at 1:1", 1, 1, 0, true],
  ["1 2 \"\n", "unclosed string opened at 1:5", 1, 5, 4, true],
  ["\"abc\\", "unclosed string opened at 1:1", 1, 1, 0, true],
  ["\"ok\"\n\"abc\\q def\"", "bad escape `\\q` in string at 2:5", 2, 5, 9, false],
  ["(define s\n  \"tab\\ttab\n  and\\y\")", "bad escape `\\y` in string at 3:6", 3, 6, 27, false],
  ["\"\\q", "bad escape `\\q` in string at 1:2", 1, 2, 1, false],
  ["\"\\x\"", "bad escape `\\x` in string: expected hex digits at 1:2", 1, 2, 1, false],
  ["\"\\u\"", "bad escape `\\u` in string: expected hex digits at 1:2", 1, 2, 1, false],
  ["\"\\uD83D\"", "bad or incomplete surrogate-style encoding at `\\uD83D` at 1:2", 1, 2, 1, false],
  ["\"\\U110000\"", "bad escape `\\U110000` in string: not a Unicode character at 1:2", 1, 2, 1, false],
  ["\"\\x110000;\"", "bad escape `\\x110000;` in string: not a Unicode character at 1:2", 1, 2, 1, false],
  ["\"\\777\"", "bad escape `\\777` in string at 1:2", 1, 2, 1, false],
  // comments
  ["#| a #| b |# c", "unclosed `#|` comment opened at 1:1", 1, 1, 0, true],
  ["\n\n  #|", "unclosed `#|` comment opened at 3:3", 3, 3, 4, true],
  ["#;", "expected a datum to comment out after `#;` at 1:1", 1, 1, 0, true],
  ["#; #; a", "expected a datum to comment out after `#;` at 1:1", 1, 1, 0, true],
  ["(a #;)", "expected a datum after `#;` at 1:4, found `)`", 1, 4, 3, false],
  // characters
  ["#\\foo", "bad character name `#\\foo` at 1:1", 1, 1, 0, false],
  ["(list\n  #\\spac)", "bad character name `#\\spac` at 2:3", 2, 3, 8, false],
  ["#\\", "expected a character after `#\\` at 1:1", 1, 1, 0, true],
  ["#\\x110000", "bad character name `#\\x110000` at 1:1", 1, 1, 0, false],
  ["#\\xD800", "bad character name `#\\xD800` at 1:1", 1, 1, 0, false],
  ["#\\uD800", "bad character name `#\\uD800` at 1:1", 1, 1, 0, false],
  ["#\\400", "bad character name `#\\400` at 1:1", 1, 1, 0, false],
  // symbols and keywords
  ["|abc", "unclosed `|` in symbol at 1:1", 1, 1, 0, true],
  ["x\n  |y", "unclosed `|` in symbol at 2:3", 2, 3, 4, true],
  ["#:|k", "unclosed `|` in symbol at 1:3", 1, 3, 2, true],
  ["a\\", "expected a character after `\\` at 1:2", 1, 2, 1, true],
  ["#:a\\", "expected a character after `\\` at 1:4", 1, 4, 3, true],
  // dots
  ["(. a)", "illegal use of `.` at 1:2", 1, 2, 1, false],
  [".", "illegal use of `.` at 1:1", 1, 1, 0, false],
  ["'.", "illegal use of `.` at 1:2", 1, 2, 1, false],
  ["(a . b c)", "illegal use of `.` at 1:4", 1, 4, 3, false],
  ["(a . . b)", "illegal use of `.` at 1:6", 1, 6, 5, false],
  ["(a . b . c . d)", "illegal use of `.` at 1:12", 1, 12, 11, false],
  ["#(1 . 2)", "illegal use of `.` at 1:5", 1, 5, 4, false],
  ["(#;a . b)", "illegal use of `.` at 1:6", 1, 6, 5, false],
  ["(a .)", "unexpected `)` at 1:5", 1, 5, 4, false],
  // prefixes
  ["'", "expected a datum after `'` at 1:1", 1, 1, 0, true],
  ["`", 'expected a datum after "`" at 1:1', 1, 1, 0, true],
  [",@", "expected a datum after `,@` at 1:1", 1, 1, 0, true],
  ["#'", "expected a datum after `#'` at 1:1", 1, 1, 0, true],
  ["#&", "expected a datum after `#&` at 1:1", 1, 1, 0, true],
  ["')", "expected a datum after `'` at 1:1, found `)`", 1, 1, 0, false],
  ["(a ')", "expected a datum after `'` at 1:4, found `)`", 1, 4, 3, false],
  // `#` forms
  ["#q", "bad syntax `#q` at 1:1", 1, 1, 0, false],
  ["#", "bad syntax `#` at 1:1", 1, 1, 0, false],
  ["#hash", "bad syntax `#hash` at 1:1", 1, 1, 0, false],
  ["#1=x", "bad syntax `#1=x` at 1:1", 1, 1, 0, false],
  ["#!eof", "bad syntax `#!eof` at 1:1", 1, 1, 0, false],
  ["#\"bytes\"", "byte strings (`#\"...\"`) are not supported at 1:1", 1, 1, 0, false],
  ["#rx#\"a\"", "byte-regexp literals are not supported at 1:1", 1, 1, 0, false],
  ["#px#\"a\"", "byte-regexp literals are not supported at 1:1", 1, 1, 0, false],
  ["#rx", "bad syntax `#rx` at 1:1", 1, 1, 0, false],
  ["#rx\"a(", "unclosed string opened at 1:1", 1, 1, 0, true],
  ["#px\"a\\x\"", "bad escape `\\x` in string: expected hex digits at 1:6", 1, 6, 5, false],
  ["#s(p 1)", "prefab structure literals are not supported at 1:1", 1, 1, 0, false],
  ["(x\n  #rx#\"a\")", "byte-regexp literals are not supported at 2:3", 2, 3, 5, false],
  // numbers
  ["1/0", "division by zero in `1/0` at 1:1", 1, 1, 0, false],
  ["#b2", "bad digit `2` at 1:1", 1, 1, 0, false],
  ["#x", "no digits at 1:1", 1, 1, 0, false],
  ["#e+inf.0", "no exact representation for +inf.0 at 1:1", 1, 1, 0, false],
  ["(+ 1\n   2/0)", "division by zero in `2/0` at 2:4", 2, 4, 8, false],
  // #lang
  ["1 #lang racket", "`#lang` is only allowed at the start of a program, found at 1:3", 1, 3, 2, false],
  ["#lang\n1", "bad syntax `#lang` at 1:1", 1, 1, 0, false],
  ["#language 1", "bad syntax `#language` at 1:1", 1, 1, 0, false],
];

describe("read errors", () => {
  it.each(ERRORS)("%j: %s at %i:%i", (text, message, line, column, offset, incomplete) => {
    expect(summary(readError(text))).toEqual({ message, line, column, offset, incomplete });
  });

  it("gives a line and column that agree with the offset for every error above", () => {
    for (const [text] of ERRORS) {
      const e = readError(text);
      expect(lineColumn(text, e.offset), text).toEqual([e.line, e.column]);
    }
  });

  it("is an Error named ReadError whose format() names the source, line and column", () => {
    const e = (() => {
      try {
        readAll("(a\n  b", "prog.rkt");
      } catch (err) {
        return err as ReadError;
      }
      throw new Error("no error");
    })();
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("ReadError");
    expect(e.source).toBe("prog.rkt");
    expect(e.format()).toBe("prog.rkt:1:1: read: unclosed `(` opened at 1:1");
  });

  it("uses the source name given to readSyntaxAll and DatumReader", () => {
    expect(() => readSyntaxAll(")", "f.rkt")).toThrow(expect.objectContaining({ source: "f.rkt" }));
    expect(() => new DatumReader(")", { source: "g.rkt" }).next()).toThrow(expect.objectContaining({ source: "g.rkt" }));
  });

  it("counts lines after \\r\\n and lone \\r in error positions", () => {
    expect(summary(readError("a\r\nb\r\n  )"))).toMatchObject({ line: 3, column: 3, offset: 8 });
    expect(summary(readError("a\rb\r  )"))).toMatchObject({ line: 3, column: 3, offset: 6 });
    expect(summary(readError('x\r\n"a\\\r\n\\q"'))).toMatchObject({ message: "bad escape `\\q` in string at 3:1", line: 3, column: 1 });
  });

  it("counts columns in UTF-16 units after astral characters", () => {
    // 😀 is two UTF-16 units, so `)` is at offset 4, column 5.
    expect(summary(readError("😀 x)"))).toMatchObject({ message: "unexpected `)` at 1:5", column: 5, offset: 4 });
  });

  it("reports an unclosed bracket at the innermost one still open", () => {
    expect(readError("(a [b {c} (d").message).toBe("unclosed `(` opened at 1:11");
    expect(readError("(a [b\n  {c}").message).toBe("unclosed `[` opened at 1:4");
  });

  it("readOne on empty or comment-only text is an incomplete error, not END", () => {
    for (const text of ["", "  ", "; c", "#| c |#"]) {
      let err: unknown;
      try {
        readOne(text);
      } catch (e) {
        err = e;
      }
      expect(err, text).toBeInstanceOf(ReadError);
      expect((err as ReadError).message).toBe("expected a datum, found end of input");
      expect((err as ReadError).incomplete).toBe(true);
    }
  });
});

describe("hash literal shape errors", () => {
  it.each([
    ["#hash(1)", "expected `(key . value)` pairs in a hash literal at 1:7", 6],
    ["#hash((1 2))", "expected `(key . value)` pairs in a hash literal at 1:7", 6],
    ["#hash((a . 1)\n (b . c . d))", "expected `(key . value)` pairs in a hash literal at 2:2", 15],
  ])("%j with positions: %s", (text, message, offset) => {
    expect(() => readSyntaxAll(text)).toThrow(expect.objectContaining({ message, offset, incomplete: false }));
  });

  it("points at the offending element when reading without positions too", () => {
    expect(() => readAll("#hash((1 2))")).toThrow("expected `(key . value)` pairs in a hash literal at 1:7");
  });
});

describe("the incomplete flag", () => {
  it("is true for every error at the end of a text that a suffix can complete, and the suffix completes it", () => {
    const cases: [string, string][] = [
      ["(a (b", "))"],
      ["#(1", ")"],
      ["#hash((a . 1)", ")"],
      ['"abc', '"'],
      ['"a\\', 'n"'],
      ["#| x #| y |#", "|#"],
      ["|ab", "|"],
      ["'", "x"],
      ["#;", "x"],
      ["#; #; a", " b"],
      ["#\\", "a"],
      ["a\\", "b"],
      ["(a .", " b)"],
      ["#&", "1"],
    ];
    for (const [prefix, suffix] of cases) {
      expect(readError(prefix).incomplete, prefix).toBe(true);
      expect(() => readAll(prefix + suffix), prefix + suffix).not.toThrow();
    }
  });

  it("is false when no suffix can help: a wrong closer, a bad escape, a bad token", () => {
    for (const text of ["(a]", ")", '"\\q', "#\\foo", "1/0", "(a .)", "(. a", "#q", "')"]) {
      expect(readError(text).incomplete, text).toBe(false);
    }
  });
});

describe("deep nesting", () => {
  const N = 100_000;

  it("reads 100,000 nested ( without a stack overflow, with and without positions", () => {
    const text = "(".repeat(N) + ")".repeat(N);
    let expected: unknown = NIL;
    for (let i = 1; i < N; i++) expected = new Pair(expected, NIL);
    expect(isEqual(readOne(text), expected)).toBe(true);
    const [stx] = readSyntaxAll(text);
    expect(stx!.loc).toMatchObject({ offset: 0, span: 2 * N });
  });

  it("reads 100,000 nested vectors, quotes, boxes and #; comments", () => {
    expect(readAll("#(".repeat(N) + ")".repeat(N))).toHaveLength(1);
    expect(readAll("'".repeat(N) + "x")).toHaveLength(1);
    expect(readSyntaxAll("#&".repeat(N) + "x")).toHaveLength(1);
    expect(readAll("#;".repeat(N) + "x ".repeat(N) + "y")).toHaveLength(1);
  });

  it("gives a ReadError for 100,000 unclosed (", () => {
    const e = readError("(".repeat(N));
    expect(summary(e)).toEqual({ message: `unclosed \`(\` opened at 1:${N}`, line: 1, column: N, offset: N - 1, incomplete: true });
  });

  it("gives a ReadError for 100,000 ( closed by the wrong bracket", () => {
    const e = readError("(".repeat(N) + "]");
    expect(e.message).toBe(`expected \`)\` to close \`(\` opened at 1:${N}, found \`]\` at 1:${N + 1}`);
  });

  it("reads a hash literal whose key is nested 10,000 deep", () => {
    const key = "(".repeat(10_000) + ")".repeat(10_000);
    expect(() => readAll(`#hash((${key} . 1))`)).not.toThrow();
  });
});

describe("errors come only when the reader reaches them", () => {
  it("reads every datum before an error, then raises it", () => {
    const r = new DatumReader("1 2 (3 4) ) 5", { positions: false });
    expect(r.next()).toBe(1);
    expect(r.next()).toBe(2);
    expect(isEqual(r.next(), new Pair(3, new Pair(4, NIL)))).toBe(true);
    expect(() => r.next()).toThrow("unexpected `)` at 1:11");
  });

  it("raises a lexical error only on reaching it, even when it lies inside a later datum", () => {
    const r = new DatumReader('(a) (b "c\\q") #"x"', { positions: false });
    expect(isEqual(r.next(), new Pair(sym("a"), NIL))).toBe(true);
    expect(() => r.next()).toThrow("bad escape `\\q` in string at 1:10");
  });
});
