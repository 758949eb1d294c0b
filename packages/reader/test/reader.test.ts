// The reader: text to data and to syntax objects with source locations.
//
// Expected values come from Racket 8.7 CS. RACKET_WRITES below is the output of
//   (for each text) (write each datum of (read (open-input-string text))), joined by spaces
// run over exactly these inputs; the structural tests pin down how those values are represented
// here (exact vs inexact, frozen vectors, immutable hash tables...). LOCATIONS_FROM_RACKET is
// Racket's `read-syntax` output for SAMPLE_PROGRAM. Where the dialect deliberately differs from
// Racket 8.7 (R7RS `#\x41` and `"\x41;"`, `#lang` lines, columns counted 1-based in UTF-16 units)
// the test says so.

import { describe, expect, it, vi } from "vitest";
import {
  Box,
  Char,
  DatumReader,
  END,
  Flonum,
  HashTable,
  Keyword,
  NIL,
  Pair,
  Ratnum,
  RegexpValue,
  ReadError,
  Sym,
  Syntax,
  char,
  isEqual,
  keyword,
  list,
  makeRational,
  readAll,
  readOne,
  readSyntaxAll,
  schemeLexer,
  setRegexpLiteralCheck,
  sym,
  syntaxToDatum,
  write,
} from "@rlms/reader";

// ---- helpers ---------------------------------------------------------------------------------

/** Every datum of `text`, written, joined by spaces (the shape of RACKET_WRITES). */
const readWritten = (text: string): string => readAll(text).map((d) => write(d)).join(" ");

/** A proper list of symbols and other data: `L("a", 1)` is `(a 1)`. Strings become symbols. */
const L = (...items: unknown[]): unknown => list(items.map((x) => (typeof x === "string" ? sym(x) : x)));

const flo = (x: number): Flonum => new Flonum(x);

function expectDatum(text: string, expected: unknown): void {
  const got = readOne(text);
  if (!isEqual(got, expected)) {
    throw new Error(`read ${JSON.stringify(text)}: got ${write(got)}, expected ${write(expected)}`);
  }
}

/** Every syntax node under `roots`, in pre-order (list elements, dotted tails, vector elements, box contents, hash values). */
function syntaxNodes(roots: readonly unknown[]): Syntax[] {
  const out: Syntax[] = [];
  const stack: unknown[] = [...roots].reverse();
  while (stack.length > 0) {
    const x = stack.pop();
    if (!(x instanceof Syntax)) throw new Error(`expected a syntax object, got ${write(x)}`);
    out.push(x);
    const children: unknown[] = [];
    const e = x.e;
    if (e instanceof Pair) {
      let p: unknown = e;
      while (p instanceof Pair) {
        children.push(p.car);
        p = p.cdr;
      }
      if (p !== NIL) children.push(p);
    } else if (Array.isArray(e)) {
      children.push(...e);
    } else if (e instanceof Box) {
      children.push(e.value);
    } else if (e instanceof HashTable) {
      for (const [, v] of e.entries()) children.push(v);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

/** 1-based line and column (UTF-16 units) of `offset`, counting `\n`, `\r\n` and `\r` as line breaks. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Checks every node's loc against the text; returns the source text of each node in pre-order. */
function checkLocations(text: string, source = "string"): string[] {
  const slices: string[] = [];
  for (const node of syntaxNodes(readSyntaxAll(text, source))) {
    const loc = node.loc;
    if (loc === undefined) throw new Error(`a node without a location: ${write(syntaxToDatum(node))}`);
    const slice = text.slice(loc.offset, loc.offset + loc.span);
    expect({ source: loc.source, ...lineColumn(text, loc.offset) }, `position of ${JSON.stringify(slice)}`).toEqual({
      source,
      line: loc.line,
      column: loc.column,
    });
    slices.push(slice);
  }
  return slices;
}

// ---- Racket as the oracle --------------------------------------------------------------------

// [input, what Racket 8.7 writes for its data]. Produced by racket, not edited.
// prettier-ignore
const RACKET_WRITES: [string, string][] = [
  ["(a b c)", "(a b c)"],
  ["[a b]", "(a b)"],
  ["{a b}", "(a b)"],
  ["(a [b {c}] d)", "(a (b (c)) d)"],
  ["()", "()"],
  ["[]", "()"],
  ["{}", "()"],
  ["'x", "(quote x)"],
  ["`x", "(quasiquote x)"],
  [",x", "(unquote x)"],
  [",@x", "(unquote-splicing x)"],
  ["#'x", "(syntax x)"],
  ["#`x", "(quasisyntax x)"],
  ["#,x", "(unsyntax x)"],
  ["#,@x", "(unsyntax-splicing x)"],
  ["'(a `(b ,c ,@d))", "(quote (a (quasiquote (b (unquote c) (unquote-splicing d)))))"],
  ["''x", "(quote (quote x))"],
  ["'()", "(quote ())"],
  ["'#(1)", "(quote #(1))"],
  ["(a #| x #| y |# z |# b)", "(a b)"],
  ["#| a |# 1", "1"],
  ["; c\n1 ; d", "1"],
  ["(a ; c\n b)", "(a b)"],
  ["(a #;b)", "(a)"],
  ["(a #; b c)", "(a c)"],
  ["(#;a)", "()"],
  ["#; #; a b c", "c"],
  ["(a #;(b c) d)", "(a d)"],
  ["(a #;#;b c d)", "(a d)"],
  ["#;#|c|#x y", "y"],
  ["(a . #;b c)", "(a . c)"],
  ["(a . b #;c)", "(a . b)"],
  ["#t #f #true #false #T #F", "#t #f #t #f #t #f"],
  ["#\\a #\\A #\\space #\\newline #\\nul #\\null #\\tab #\\backspace #\\vtab #\\page #\\return #\\rubout #\\linefeed #\\Space #\\NEWLINE", "#\\a #\\A #\\space #\\newline #\\nul #\\nul #\\tab #\\backspace #\\vtab #\\page #\\return #\\rubout #\\newline #\\space #\\newline"],
  ["#\\( #\\) #\\[ #\\; #\\\" #\\' #\\\\ #\\# #\\ ", "#\\( #\\) #\\[ #\\; #\\\" #\\' #\\\\ #\\# #\\space"],
  ["#\\λ #\\😀 #\\é", "#\\λ #\\😀 #\\é"],
  ["#\\101 #\\000 #\\377 #\\u3bb #\\U1F600 #\\u41 #\\U0041", "#\\A #\\nul #\\ÿ #\\λ #\\😀 #\\A #\\A"],
  ["#\\x #\\u #\\U #\\1", "#\\x #\\u #\\U #\\1"],
  ["\"\\a\\b\\t\\n\\v\\f\\r\\e\\\"\\'\\\\\"", "\"\\a\\b\\t\\n\\v\\f\\r\\e\\\"'\\\\\""],
  ["\"\\101\\0\\7\\1234\"", "\"A\\u0000\\aS4\""],
  ["\"\\x41\\x4g\\x7\"", "\"A\\u0004g\\a\""],
  ["\"\\u03bb\\u41\\U1F600\\U0001F600\"", "\"λA😀😀\""],
  ["\"\\uD83D\\uDE00\"", "\"😀\""],
  ["\"a\\\n   b\"", "\"a   b\""],
  ["\"a\\\r\n  b\"", "\"a  b\""],
  ["\"line1\nline2\"", "\"line1\\nline2\""],
  ["\"\"", "\"\""],
  ["\"λ😀\"", "\"λ😀\""],
  ["0 1 -1 +1 007 -0 123456789012345 9007199254740991 9007199254740992 -9007199254740993 123456789012345678901234567890", "0 1 -1 1 7 0 123456789012345 9007199254740991 9007199254740992 -9007199254740993 123456789012345678901234567890"],
  ["1.5 -0.0 0.0 .5 -.5 1. 1e10 1E-3 6.02e23 1.5e+3 1e21 1e-7 1d3 1f3 1s3 1l3 1#.# 1#", "1.5 -0.0 0.0 0.5 -0.5 1.0 10000000000.0 0.001 6.02e+23 1500.0 1e+21 1e-7 1000.0 1000.0 1000.0 1000.0 10.0 10.0"],
  ["4/6 -6/3 10/5 1/3 0/5 -1/2 +3/9 1/2e3", "2/3 -2 2 1/3 0 -1/2 1/3 500.0"],
  ["#xFF #xff #b-101 #o777 #x1/2 #d10 #X10 #B11 #O10 #xAe3 #x1s3", "255 255 -5 511 1/2 10 16 3 8 2787 4096.0"],
  ["#e1e3 #e.25 #e1.5 #e-0.5 #i5 #i1/3 #i-0 #e#x10 #x#e10 #e1e30", "1000 1/4 3/2 -1/2 5.0 0.3333333333333333 -0.0 16 16 1000000000000000000000000000000"],
  ["+inf.0 -inf.0 +nan.0 -nan.0 +inf.f -inf.f +nan.f +INF.0 #i+inf.0", "+inf.0 -inf.0 +nan.0 +nan.0 +inf.0 -inf.0 +nan.0 +inf.0 +inf.0"],
  ["1e400 -1e400 1e-400 4.9e-324 1.7976931348623157e308 0.1 100.0", "+inf.0 -inf.0 0.0 5e-324 1.7976931348623157e+308 0.1 100.0"],
  ["abc Hello hello HELLO ... -> <=? a.b .5a 1+ 1e 1/2/3 - + -- +a 1a x#y", "abc Hello hello HELLO ... -> <=? a.b .5a 1+ 1e 1/2/3 - + -- +a 1a x#y"],
  ["λ lambda→ ñ 😀 ∀x", "λ lambda→ ñ 😀 ∀x"],
  ["|odd name| |a|b|c| || |a\\b| a|b c|d a\\ b \\1 |1| |.| |#t| \\#t a\\|b", "|odd name| abc || |a\\b| |ab cd| |a b| |1| |1| |.| |#t| |#t| a\\|b"],
  ["#%app #%datum", "#%app #%datum"],
  ["#:k #:|a b| #:a\\ b #: #:1", "#:k #:|a b| #:|a b| #: #:1"],
  ["#(1 2 3) #[1 2] #{1 2} #() #(a #(b) (c))", "#(1 2 3) #(1 2) #(1 2) #() #(a #(b) (c))"],
  ["#&1 #&#&x #&(1 2)", "#&1 #&#&x #&(1 2)"],
  ["(1 . 2) (1 2 . 3) (1 . (2 3)) (1 . ()) (a . (b . (c))) [a . b] {a . b}", "(1 . 2) (1 2 . 3) (1 2 3) (1) (a b c) (a . b) (a . b)"],
  ["(1 . < . 2) (a . b . c) (a . b . c d) (x . f . y z w)", "(< 1 2) (b a c) (b a c d) (f x y z w)"],
  ["#!/usr/bin/env racket\n1", "1"],
  ["#! racket\n2", "2"],
  ["1\r\n2\r3", "1 2 3"],
  ["a\u00a0b a\u2028b a\u3000b a\u0085b a\ufeffb a\u200bb", "a b a b a b a b a b a\u200bb"],
];

describe("reads what Racket 8.7 reads", () => {
  it.each(RACKET_WRITES)("%j writes as Racket's %j", (text, racket) => {
    expect(readWritten(text)).toBe(racket);
  });

  it("reads with positions the same data as without", () => {
    for (const [text] of RACKET_WRITES) {
      const plain = readAll(text);
      const viaSyntax = readSyntaxAll(text).map(syntaxToDatum);
      expect(viaSyntax.length, text).toBe(plain.length);
      viaSyntax.forEach((d, i) => expect(isEqual(d, plain[i]), text).toBe(true));
    }
  });
});

// ---- token kinds -----------------------------------------------------------------------------

describe("brackets", () => {
  it("treats (), [] and {} as the same list brackets, nested in any combination", () => {
    expectDatum("(a [b {c}] d)", L("a", L("b", L("c")), "d"));
    expectDatum("{[()]}", L(L(NIL)));
  });

  it("reads an empty pair of brackets of each kind as the empty list", () => {
    for (const text of ["()", "[]", "{}", "(  )", "( ; c\n )"]) expect(readOne(text)).toBe(NIL);
  });

  it("needs no whitespace between brackets and atoms", () => {
    expectDatum("(a(b)c[d]e)", L("a", L("b"), "c", L("d"), "e"));
    expect(readAll("a(b)").length).toBe(2);
  });
});

describe("quote forms", () => {
  it.each([
    ["'", "quote"],
    ["`", "quasiquote"],
    [",", "unquote"],
    [",@", "unquote-splicing"],
    ["#'", "syntax"],
    ["#`", "quasisyntax"],
    ["#,", "unsyntax"],
    ["#,@", "unsyntax-splicing"],
  ])("%s x reads as (%s x)", (prefix, name) => {
    expectDatum(`${prefix}x`, L(name, "x"));
    expectDatum(`${prefix} (a b)`, L(name, L("a", "b")));
    expectDatum(`${prefix}${prefix}1`, L(name, L(name, 1)));
  });

  it("applies a prefix to the next datum even across comments", () => {
    expectDatum("' ; c\n #| d |# x", L("quote", "x"));
    expectDatum("'#;a b", L("quote", "b"));
  });

  it("reads ,@ as one token and , @x as unquote of the symbol @x", () => {
    expectDatum(",@x", L("unquote-splicing", "x"));
    expectDatum(", @x", L("unquote", "@x"));
  });
});

describe("comments", () => {
  it("skips line comments to the end of the line, for every line ending", () => {
    expect(readAll("; a\n1 ; b\r\n2 ;c\r3 ; end").map(Number)).toEqual([1, 2, 3]);
  });

  it("skips nested block comments", () => {
    expect(readAll("#| a #| b |# c |# 1")).toEqual([1]);
    expect(readAll("1 #|x|#2")).toEqual([1, 2]);
    expect(readAll("#|#|#||#|#|# 2")).toEqual([2]);
  });

  it("ends an atom at a block comment after whitespace, but reads `#|` inside an atom as part of it (as Racket does)", () => {
    expectDatum("(a #|x|#b)", L("a", "b"));
    expectDatum("(a#|x|#b)", L("a#x#b"));
  });

  it("skips the datum after #;, whatever it is", () => {
    expect(readAll("#;1 2")).toEqual([2]);
    expect(readAll("#; (a (b) [c]) 2")).toEqual([2]);
    expect(readAll("#;'x 2")).toEqual([2]);
    expect(readAll('#;"str" #;#\\a #;#(1) 3')).toEqual([3]);
  });

  it("skips a #; datum inside a list, including right before the closing paren", () => {
    expectDatum("(a #;b c)", L("a", "c"));
    expectDatum("(a #;b)", L("a"));
    expectDatum("(#;a)", NIL);
    expectDatum("[a #;(b c)]", L("a"));
  });

  it("stacks #; so that #; #; a b c skips a and b", () => {
    expect(readAll("#; #; a b c")).toEqual([sym("c")]);
    expectDatum("(#;#;a b c)", L("c"));
  });

  it("can comment out a datum that itself contains a #; comment", () => {
    expect(readAll("#;(a #;b c) d")).toEqual([sym("d")]);
  });

  it("leaves nothing when a text is only comments", () => {
    expect(readAll("; only\n#| a |#\n#;skipped")).toEqual([]);
    expect(readSyntaxAll("  \n\t ")).toEqual([]);
  });
});

describe("booleans", () => {
  it("reads #t #f #true #false #T #F", () => {
    expect(readAll("#t #f #true #false #T #F")).toEqual([true, false, true, false, true, false]);
  });
});

describe("characters", () => {
  it.each([
    ["#\\a", 0x61],
    ["#\\A", 0x41],
    ["#\\space", 0x20],
    ["#\\newline", 0x0a],
    ["#\\linefeed", 0x0a],
    ["#\\tab", 0x09],
    ["#\\nul", 0x00],
    ["#\\null", 0x00],
    ["#\\backspace", 0x08],
    ["#\\vtab", 0x0b],
    ["#\\page", 0x0c],
    ["#\\return", 0x0d],
    ["#\\rubout", 0x7f],
    ["#\\SPACE", 0x20],
    ["#\\Newline", 0x0a],
    ["#\\ ", 0x20],
    ["#\\(", 0x28],
    ["#\\)", 0x29],
    ["#\\;", 0x3b],
    ['#\\"', 0x22],
    ["#\\\\", 0x5c],
    ["#\\λ", 0x3bb],
    ["#\\😀", 0x1f600],
    ["#\\101", 0x41],
    ["#\\000", 0x00],
    ["#\\377", 0xff],
    ["#\\u3bb", 0x3bb],
    ["#\\u41", 0x41],
    ["#\\U1F600", 0x1f600],
    ["#\\U0041", 0x41],
    ["#\\x", 0x78],
    ["#\\u", 0x75],
    ["#\\1", 0x31],
  ])("%s is the character U+%s", (text, code) => {
    const c = readOne(text);
    expect(c).toBeInstanceOf(Char);
    expect((c as Char).code).toBe(code);
  });

  it("reads #\\xHH as a hex character (R7RS; Racket 8.7 reads #\\x then 41)", () => {
    expect(readOne("#\\x41")).toBe(char(0x41));
    expect(readOne("#\\x3bb")).toBe(char(0x3bb));
    expect(readOne("#\\x0")).toBe(char(0));
    expect(readOne("#\\x10FFFF")).toBe(char(0x10ffff));
    expect(readAll("(#\\x41 #\\x)")).toEqual([list([char(0x41), char(0x78)])]);
  });

  it("reads a delimiter right after a character as the end of it", () => {
    expectDatum("(#\\a)", list([char(0x61)]));
    expectDatum("(#\\))", list([char(0x29)]));
    expect(readAll("#\\a;comment")).toEqual([char(0x61)]);
    expect(readAll("#\\space #|c|#")).toEqual([char(0x20)]);
  });

  // Racket ends a character after one character unless an alphabetic run follows an alphabetic
  // first character (`#\space1` is `#\space` then 1).
  it("ends a character where Racket does: (#\\a#\\b), #\\space1, #\\😀x, #\\08, #\\newline#;x", () => {
    expect(readWritten("(#\\a#\\b)")).toBe("(#\\a #\\b)");
    expect(readWritten("#\\space1")).toBe("#\\space 1");
    expect(readWritten("#\\😀x")).toBe("#\\😀 x");
    expect(readWritten("#\\08")).toBe("#\\0 8");
    expect(readWritten("#\\newline#;x")).toBe("#\\newline");
  });

  it("interns characters so that the same character is the same object", () => {
    expect(readOne("#\\a")).toBe(readOne("#\\x61"));
  });
});

describe("strings", () => {
  it.each([
    ["\\a", "\x07"],
    ["\\b", "\b"],
    ["\\t", "\t"],
    ["\\n", "\n"],
    ["\\v", "\v"],
    ["\\f", "\f"],
    ["\\r", "\r"],
    ["\\e", "\x1b"],
    ['\\"', '"'],
    ["\\'", "'"],
    ["\\\\", "\\"],
    ["\\101", "A"],
    ["\\0", "\0"],
    ["\\7", "\x07"],
    ["\\1234", "S4"], // at most three octal digits
    ["\\x7", "\x07"],
    ["\\x41", "A"],
    ["\\x4g", "\x04g"],
    ["\\u03bb", "λ"],
    ["\\u41", "A"],
    ["\\U1F600", "😀"],
    ["\\U0001F600", "😀"],
    ["\\uD83D\\uDE00", "😀"],
    ["a\\\nb", "ab"],
    ["a\\\r\nb", "ab"],
    ["a\\\rb", "ab"],
  ])('"%s" reads as %j', (body, expected) => {
    expect(readOne(`"${body}"`)).toBe(expected);
  });

  it("keeps the indentation after a backslash-newline (as Racket does)", () => {
    expect(readOne('"a\\\n   b"')).toBe("a   b");
  });

  it('reads \\x41; with its semicolon as A (R7RS; Racket 8.7 reads "A;")', () => {
    expect(readOne('"\\x41;"')).toBe("A");
    expect(readOne('"\\x41;;"')).toBe("A;");
    expect(readOne('"\\x3bb;x"')).toBe("λx");
    expect(readOne('"\\x00000041;"')).toBe("A");
    expect(readOne('"\\x1F600;"')).toBe("😀");
  });

  it("keeps raw newlines, tabs, Unicode and astral characters", () => {
    expect(readOne('"a\nb\tc λ 😀"')).toBe("a\nb\tc λ 😀");
    expect(readOne('"a\r\nb"')).toBe("a\r\nb");
  });

  it("reads strings as immutable JS strings", () => {
    expect(typeof readOne('"abc"')).toBe("string");
    expect(readOne('""')).toBe("");
  });

  it("needs no delimiter around a string", () => {
    expect(readAll('a"b"c')).toEqual([sym("a"), "b", sym("c")]);
  });
});

describe("regexp literals", () => {
  it("reads #rx and #px literals as regexp values with their source decoded like a string", () => {
    const rx = readOne('#rx"a\\\\.b\\n"') as RegexpValue;
    expect(rx).toBeInstanceOf(RegexpValue);
    expect([rx.source, rx.pregexp]).toEqual(["a\\.b\n", false]);
    const px = readOne('#px"\\\\d+"') as RegexpValue;
    expect([px.source, px.pregexp]).toEqual(["\\d+", true]);
  });

  it("ends a regexp literal at its closing quote, like a string", () => {
    const items = readAll('(#rx"a"#px"b")x');
    expect(write(items[0])).toBe('(#rx"a" #px"b")');
    expect(items[1]).toBe(sym("x"));
  });

  it("gives a regexp literal a position spanning the whole literal", () => {
    const [stx] = readSyntaxAll('  #px"a b"');
    expect(stx!.loc).toMatchObject({ line: 1, column: 3, offset: 2, span: 8 });
  });

  it("reports a literal refused by the installed check as a read error at the literal", () => {
    setRegexpLiteralCheck((v) => (v.source.includes("(") ? "expected a closing `)`" : undefined));
    try {
      expect(() => readOne('#rx"ok"')).not.toThrow();
      let error: unknown;
      try {
        readAll('x\n  #rx"a(b"');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ReadError);
      expect(error).toMatchObject({ message: "read-syntax: expected a closing `)`", line: 2, column: 3, offset: 4 });
    } finally {
      setRegexpLiteralCheck(() => undefined);
    }
  });
});

describe("numbers", () => {
  it("reads small exact integers as JS numbers, and never -0", () => {
    expect(readAll("0 1 -1 +1 007 9007199254740991 -9007199254740991")).toEqual([
      0, 1, -1, 1, 7, 9007199254740991, -9007199254740991,
    ]);
    expect(Object.is(readOne("-0"), 0)).toBe(true);
  });

  it("reads integers beyond 2^53-1 as bigints", () => {
    expect(readOne("9007199254740992")).toBe(9007199254740992n);
    expect(readOne("-9007199254740993")).toBe(-9007199254740993n);
    expect(readOne("123456789012345678901234567890")).toBe(123456789012345678901234567890n);
    expect(readOne("#e1e30")).toBe(10n ** 30n);
  });

  it("reads decimals and exponents as flonums", () => {
    const cases: [string, number][] = [
      ["1.5", 1.5],
      [".5", 0.5],
      ["-.5", -0.5],
      ["1.", 1],
      ["1e10", 1e10],
      ["1E-3", 0.001],
      ["6.02e23", 6.02e23],
      ["1.5e+3", 1500],
      ["1d3", 1000],
      ["1e400", Infinity],
      ["1e-400", 0],
      ["4.9e-324", 5e-324],
      ["#i5", 5],
      ["#x1s3", 4096],
    ];
    for (const [text, value] of cases) {
      const d = readOne(text);
      expect(d, text).toBeInstanceOf(Flonum);
      expect((d as Flonum).value, text).toBe(value);
    }
    const negZero = readOne("-0.0") as Flonum;
    expect(Object.is(negZero.value, -0)).toBe(true);
  });

  it("reads infinities and NaN (with either sign) as flonums", () => {
    expect((readOne("+inf.0") as Flonum).value).toBe(Infinity);
    expect((readOne("-inf.0") as Flonum).value).toBe(-Infinity);
    expect((readOne("+inf.f") as Flonum).value).toBe(Infinity);
    expect(Number.isNaN((readOne("+nan.0") as Flonum).value)).toBe(true);
    expect(Number.isNaN((readOne("-nan.0") as Flonum).value)).toBe(true);
  });

  it("normalises rationals to lowest terms, and to integers when the denominator divides", () => {
    const r = readOne("4/6");
    expect(r).toBeInstanceOf(Ratnum);
    expect([(r as Ratnum).num, (r as Ratnum).den]).toEqual([2n, 3n]);
    const neg = readOne("6/-4");
    // `6/-4` is not a number in Racket: a symbol.
    expect(neg).toBe(sym("6/-4"));
    expect(isEqual(readOne("-6/4"), makeRational(-3n, 2n))).toBe(true);
    expect(readOne("10/5")).toBe(2);
    expect(readOne("0/5")).toBe(0);
    expect(readOne("100000000000000000000/2")).toBe(50000000000000000000n);
  });

  it("reads #x #b #o #d radix prefixes and #e #i exactness prefixes, in either order", () => {
    expect(readAll("#xFF #b-101 #o777 #d10 #X10")).toEqual([255, -5, 511, 10, 16]);
    expect(isEqual(readOne("#x1/2"), makeRational(1n, 2n))).toBe(true);
    expect(isEqual(readOne("#e1.5"), makeRational(3n, 2n))).toBe(true);
    expect(readAll("#e#x10 #x#e10 #e1e3")).toEqual([16, 16, 1000]);
    expect((readOne("#i1/3") as Flonum).value).toBe(1 / 3);
  });

  it("reads number-like texts that are not numbers as symbols", () => {
    for (const text of ["1+", "1e", "1/2/3", ".5a", "-", "+", "...", "1a", "+a", "--"]) {
      expect(readOne(text), text).toBe(sym(text));
    }
  });
});

describe("symbols", () => {
  it("interns symbols and is case-sensitive", () => {
    expect(readOne("abc")).toBe(sym("abc"));
    expect(readAll("Hello hello HELLO")).toEqual([sym("Hello"), sym("hello"), sym("HELLO")]);
    expect(readOne("Hello")).not.toBe(readOne("hello"));
  });

  it.each([
    ["|odd name|", "odd name"],
    ["||", ""],
    ["|a|b|c|", "abc"],
    ["a|b c|d", "ab cd"],
    ["|a\\b|", "a\\b"],
    ["a\\ b", "a b"],
    ["a\\|b", "a|b"],
    ["\\1", "1"],
    ["|1|", "1"],
    ["|.|", "."],
    ["|#t|", "#t"],
    ["\\#t", "#t"],
    ["|(|", "("],
    ["|;|", ";"],
    ["...", "..."],
    ["->", "->"],
    ["<=?", "<=?"],
    ["a.b", "a.b"],
    ["x#y", "x#y"],
    ["λ", "λ"],
    ["lambda→", "lambda→"],
    ["😀", "😀"],
    ["#%app", "#%app"],
    ["a\u0085", "a"], // U+0085 (NEL) is whitespace to Racket, not to JS's \s
  ])("%s is the symbol %j", (text, name) => {
    expect(readOne(text)).toBe(sym(name));
  });

  it("reads a bar-quoted or escaped number as a symbol, not a number", () => {
    expect(readOne("|42|")).toBeInstanceOf(Sym);
    expect(readOne("4\\2")).toBe(sym("42"));
  });
});

describe("keywords", () => {
  it("reads #:name as an interned keyword, with bars and escapes", () => {
    expect(readOne("#:k")).toBe(keyword("k"));
    expect(readOne("#:k")).toBeInstanceOf(Keyword);
    expect(readOne("#:|a b|")).toBe(keyword("a b"));
    expect(readOne("#:a\\ b")).toBe(keyword("a b"));
    expect(readOne("#:")).toBe(keyword(""));
    expect(readOne("#:1")).toBe(keyword("1"));
    expect(readAll("(f #:x 1)")).toEqual([list([sym("f"), keyword("x"), 1])]);
  });
});

describe("vectors", () => {
  it("reads #( #[ #{ as vectors: frozen arrays, nested ones too", () => {
    for (const text of ["#(1 2 3)", "#[1 2 3]", "#{1 2 3}"]) {
      const v = readOne(text);
      expect(Array.isArray(v)).toBe(true);
      expect(Object.isFrozen(v)).toBe(true);
      expect(v).toEqual([1, 2, 3]);
    }
    const nested = readOne("#(a #(b) (c))") as unknown[];
    expect(Object.isFrozen(nested[1])).toBe(true);
    expect(readOne("#()")).toEqual([]);
  });

  it("keeps vectors frozen when read with positions", () => {
    const [stx] = readSyntaxAll("#(1 #(2))");
    expect(Object.isFrozen(stx!.e)).toBe(true);
    const inner = (stx!.e as Syntax[])[1]!;
    expect(Object.isFrozen(inner.e)).toBe(true);
    expect(Object.isFrozen(syntaxToDatum(stx))).toBe(true);
  });
});

describe("hash literals", () => {
  it.each([
    ["#hash", "equal"],
    ["#hasheqv", "eqv"],
    ["#hasheq", "eq"],
  ])("%s(...) reads as an immutable %s-table", (prefix, kind) => {
    for (const [open, close] of [["(", ")"], ["[", "]"], ["{", "}"]]) {
      const h = readOne(`${prefix}${open}(a . 1) [b . "two"]${close}`);
      expect(h).toBeInstanceOf(HashTable);
      const t = h as HashTable;
      expect(t.kind).toBe(kind);
      expect(t.mutable).toBe(false);
      expect(t.size).toBe(2);
      expect(t.get(sym("a"))).toBe(1);
      expect(t.get(sym("b"))).toBe("two");
    }
  });

  it("keeps the last value for a duplicate key", () => {
    const t = readOne("#hash((a . 1) (b . 2) (a . 3))") as HashTable;
    expect(t.size).toBe(2);
    expect(t.get(sym("a"))).toBe(3);
    const structural = readOne("#hash(((1 2) . x) ((1 2) . y))") as HashTable;
    expect(structural.size).toBe(1);
    expect(structural.get(list([1, 2]))).toBe(sym("y"));
    const eqv = readOne("#hasheqv((1.5 . a) (1.5 . b))") as HashTable;
    expect(eqv.size).toBe(1);
    expect(eqv.get(flo(1.5))).toBe(sym("b"));
  });

  it("distinguishes 1 from 1.0 as keys, as equal? and eqv? do", () => {
    expect((readOne("#hash((1 . a) (1.0 . b))") as HashTable).size).toBe(2);
    expect((readOne("#hasheqv((1 . a) (1.0 . b))") as HashTable).size).toBe(2);
  });

  it("reads empty hash literals and ignores #; comments between pairs", () => {
    expect((readOne("#hash()") as HashTable).size).toBe(0);
    expect((readOne("#hash(#;(a . 1))") as HashTable).size).toBe(0);
    const t = readOne("#hash((#;x a . #;y 1))") as HashTable;
    expect(t.get(sym("a"))).toBe(1);
  });

  it("accepts a dotted pair as a key", () => {
    const t = readOne("#hash(((a . b) . 1))") as HashTable;
    expect(t.get(new Pair(sym("a"), sym("b")))).toBe(1);
  });

  it("with positions: keys are plain data and values are syntax objects", () => {
    const [stx] = readSyntaxAll("#hash((k . v) ((1 2) . #(3)))");
    const t = stx!.e as HashTable;
    expect(t.get(sym("k"))).toBeInstanceOf(Syntax);
    expect((t.get(sym("k")) as Syntax).e).toBe(sym("v"));
    expect(t.has(list([1, 2]))).toBe(true);
  });

  // Without positions `(k . (1 2))` and `(k 1 2)` build the same pairs: the builder must check the
  // written dot. Racket 8.7 reads all of these.
  it("reads a hash value that is a list, the empty list or a quoted datum (readOne)", () => {
    expect(write(readOne("#hash((0 . ()))"))).toBe("#hash((0 . ()))");
    expect(write(readOne("#hash((a . (1 2)))"))).toBe("#hash((a . (1 2)))");
    expect(write(readOne("#hash((a . 'x))"))).toBe("#hash((a . (quote x)))");
  });

  it("reads a hash value that is a list when reading with positions", () => {
    expect(write(syntaxToDatum(readSyntaxAll("#hash((0 . ()))")[0]))).toBe("#hash((0 . ()))");
    expect(write(syntaxToDatum(readSyntaxAll("#hash((a . (1 2)))")[0]))).toBe("#hash((a . (1 2)))");
  });
});

describe("boxes", () => {
  it("reads #& as an immutable box around the next datum", () => {
    const b = readOne("#&1");
    expect(b).toBeInstanceOf(Box);
    expect((b as Box).value).toBe(1);
    expect((b as Box).mutable).toBe(false);
    expectDatum("#&#&x", new Box(new Box(sym("x"), false), false));
    expectDatum("#& (1 2)", new Box(list([1, 2]), false));
  });
});

describe("pairs and dots", () => {
  it("reads dotted pairs and improper lists", () => {
    expectDatum("(1 . 2)", new Pair(1, 2));
    expectDatum("(1 2 . 3)", new Pair(1, new Pair(2, 3)));
    expectDatum("[a . b]", new Pair(sym("a"), sym("b")));
  });

  it("reads a dotted list tail into the list: (1 . (2 3)) is (1 2 3), (1 . ()) is (1)", () => {
    expectDatum("(1 . (2 3))", list([1, 2, 3]));
    expectDatum("(1 . ())", list([1]));
  });

  it("reads Racket's infix dot: (1 . < . 2) is (< 1 2)", () => {
    expectDatum("(1 . < . 2)", L("<", 1, 2));
    expectDatum("(a . b . c d)", L("b", "a", "c", "d"));
    expectDatum("(x . f . y z w)", L("f", "x", "y", "z", "w"));
  });

  it("reads a dot that is part of a longer atom as an ordinary symbol or number", () => {
    expectDatum("(a .b c. .5)", L("a", ".b", "c.", flo(0.5)));
    expectDatum("(a |.| b)", L("a", ".", "b"));
  });
});

describe("#lang and #! lines", () => {
  it("accepts a #lang line as the first token and reads what follows", () => {
    expect(readAll("#lang racket\n(+ 1 2)")).toEqual([L("+", 1, 2)]);
    expect(readAll("#lang racket/base\n1 2")).toEqual([1, 2]);
    expect(readAll("#lang scheme")).toEqual([]);
  });

  it("accepts comments before the #lang line (it is still the first token)", () => {
    expect(readAll("; header\n#| c |#\n#lang racket\n1")).toEqual([1]);
  });

  it("skips #! shebang lines", () => {
    expect(readAll("#!/usr/bin/env racket\n1")).toEqual([1]);
    expect(readAll("#! racket\n2")).toEqual([2]);
  });
});

describe("line endings", () => {
  it("counts \\r\\n, \\n and a lone \\r as one line each", () => {
    const text = "a\r\nb\n\r\nc\rd\r\n\r\n  e";
    const lines = readSyntaxAll(text).map((s) => [s.e, s.loc!.line, s.loc!.column]);
    expect(lines).toEqual([
      [sym("a"), 1, 1],
      [sym("b"), 2, 1],
      [sym("c"), 4, 1],
      [sym("d"), 5, 1],
      [sym("e"), 7, 3],
    ]);
  });
});

describe("dialect spec, Reader section: every example reads", () => {
  // /work/shared/spec/dialect.md, "## Reader".
  it.each([
    ["( )", NIL],
    ["[ ]", NIL],
    ["{ }", NIL],
    ["'a", L("quote", "a")],
    ["`a", L("quasiquote", "a")],
    [",a", L("unquote", "a")],
    [",@a", L("unquote-splicing", "a")],
    ["#'a", L("syntax", "a")],
    ["; comment\n1", 1],
    ["#| a #| nested |# b |# 1", 1],
    ["#;(datum comment) 1", 1],
    ["#t", true],
    ["#f", false],
    ["#true", true],
    ["#false", false],
    ["#\\a", char(0x61)],
    ["#\\space", char(0x20)],
    ["#\\newline", char(0x0a)],
    ["#\\x41", char(0x41)],
    ["#\\λ", char(0x3bb)],
    ['"\\n"', "\n"],
    ['"\\t"', "\t"],
    ['"\\\\"', "\\"],
    ['"\\""', '"'],
    ['"\\x41;"', "A"],
    ['"line \\\n continued"', "line  continued"],
    ["123456789012345678901234567890", 123456789012345678901234567890n],
    ["3.14", flo(3.14)],
    ["6.02e23", flo(6.02e23)],
    ["1/3", makeRational(1n, 3n)],
    ["#xff", 255],
    ["#b101", 5],
    ["#o17", 15],
    ["#e1.5", makeRational(3n, 2n)],
    ["#i1/2", flo(0.5)],
    ["+inf.0", flo(Infinity)],
    ["-inf.0", flo(-Infinity)],
    ["+nan.0", flo(NaN)],
    ["|odd name|", sym("odd name")],
    ["...", sym("...")],
    ["->", sym("->")],
    ["λ", sym("λ")],
    ["#:name", keyword("name")],
    ["#(1 2)", Object.freeze([1, 2])],
    ["(a . b)", new Pair(sym("a"), sym("b"))],
  ])("%s", (text, expected) => {
    expectDatum(text, expected);
  });

  it("#hash(...)", () => {
    const t = readOne('#hash(("a" . 1) (b . 2))') as HashTable;
    expect([t.kind, t.get("a"), t.get(sym("b"))]).toEqual(["equal", 1, 2]);
  });
});

// ---- source locations ------------------------------------------------------------------------

// Racket's `read-syntax` over SAMPLE_PROGRAM (port-count-lines! on): (line column position span)
// for every node in pre-order. Racket's columns are 0-based and positions 1-based.
const SAMPLE_PROGRAM = [
  "(define (f x)   ; comment",
  "  (let ([y 'sym] [z `(a ,b ,@c)])",
  "    #| block",
  "       comment |#",
  '    (list "str\\n" #\\a 1/2 -3.5e2 #(1 (2) #&3) (a . b) (1 . (2 3)) #;(skipped) #:kw)))',
  "  #t",
  "  (1 . < . 2) #'x #`(y #,z #,@w)",
  "",
].join("\n");
// prettier-ignore
const LOCATIONS_FROM_RACKET = [[1,0,1,176],[1,1,2,6],[1,8,9,5],[1,9,10,1],[1,11,12,1],[2,2,29,147],[2,3,30,3],[2,7,34,26],[2,8,35,8],[2,9,36,1],[2,11,38,4],[2,11,38,1],[2,12,39,3],[2,17,44,15],[2,18,45,1],[2,20,47,11],[2,20,47,1],[2,21,48,10],[2,22,49,1],[2,24,51,2],[2,24,51,1],[2,25,52,1],[2,27,54,3],[2,27,54,2],[2,29,56,1],[5,4,96,79],[5,5,97,4],[5,10,102,7],[5,18,110,3],[5,22,114,3],[5,26,118,6],[5,33,125,12],[5,35,127,1],[5,37,129,3],[5,38,130,1],[5,41,133,3],[5,43,135,1],[5,46,138,7],[5,47,139,1],[5,51,143,1],[5,54,146,11],[5,55,147,1],[5,59,151,5],[5,60,152,1],[5,62,154,1],[5,78,170,4],[6,2,180,2],[7,2,185,11],[7,7,190,1],[7,3,186,1],[7,11,194,1],[7,14,197,3],[7,14,197,2],[7,16,199,1],[7,18,201,14],[7,18,201,2],[7,20,203,12],[7,21,204,1],[7,23,206,3],[7,23,206,2],[7,25,208,1],[7,27,210,4],[7,27,210,3],[7,30,213,1]];

describe("source locations", () => {
  it("gives every node the line, column, offset and span Racket's read-syntax gives it (column 1-based here)", () => {
    const ours = syntaxNodes(readSyntaxAll(SAMPLE_PROGRAM)).map((s) => [s.loc!.line, s.loc!.column - 1, s.loc!.offset + 1, s.loc!.span]);
    expect(ours).toEqual(LOCATIONS_FROM_RACKET);
  });

  it("slices every node back to its own source text, including the symbol a quote prefix introduces", () => {
    const slices = checkLocations(SAMPLE_PROGRAM);
    expect(slices).toContain("'sym");
    expect(slices).toContain("'"); // the `quote` symbol of 'sym
    expect(slices).toContain(",@c");
    expect(slices).toContain(",@"); // unquote-splicing
    expect(slices).toContain("#,@"); // unsyntax-splicing
    expect(slices).toContain("(2 3)"); // a dotted tail
    expect(slices).toContain("#&3");
    expect(slices).toContain("(1 . < . 2)");
    expect(slices).not.toContain("(skipped)");
  });

  it("gives the symbol introduced by a prefix the prefix's position and span", () => {
    const [stx] = readSyntaxAll("  ,@ x");
    const head = (stx!.e as Pair).car as Syntax;
    expect(head.e).toBe(sym("unquote-splicing"));
    expect(head.loc).toMatchObject({ line: 1, column: 3, offset: 2, span: 2 });
    expect(stx!.loc).toMatchObject({ offset: 2, span: 4 });
  });

  it("locates dotted tails, hash values and box contents", () => {
    const text = "(a . b)\n#hash((k . (v w)))\n#&  #(x)";
    const slices = checkLocations(text);
    expect(slices).toEqual(["(a . b)", "a", "b", "#hash((k . (v w)))", "(v w)", "v", "w", "#&  #(x)", "#(x)", "x"]);
  });

  it("counts columns in UTF-16 units and tabs as one column", () => {
    const text = "\tλ 😀 x\n\t\t(y)";
    const nodes = syntaxNodes(readSyntaxAll(text));
    expect(nodes.map((n) => [text.slice(n.loc!.offset, n.loc!.offset + n.loc!.span), n.loc!.line, n.loc!.column])).toEqual([
      ["λ", 1, 2],
      ["😀", 1, 4],
      ["x", 1, 7],
      ["(y)", 2, 3],
      ["y", 2, 4],
    ]);
    checkLocations(text);
  });

  it("locates nodes after multi-line strings, block comments and symbols containing newlines", () => {
    const text = '"a\nb" #| x\ny |# |p\nq| \\\nz (w)\r\n  "\\\r\n" end';
    const slices = checkLocations(text);
    expect(slices).toEqual(['"a\nb"', "|p\nq|", "\\\nz", "(w)", "w", '"\\\r\n"', "end"]);
    expect(readSyntaxAll(text).at(-1)!.loc).toMatchObject({ line: 7, column: 3 });
  });

  it("records the source name given to readSyntaxAll", () => {
    checkLocations("(a b)", "prog.rkt");
    expect(readSyntaxAll("x", "prog.rkt")[0]!.loc!.source).toBe("prog.rkt");
    expect(readSyntaxAll("x")[0]!.loc!.source).toBe("string");
  });

  it("wraps only the outermost datum of each element: list cars are syntax, the chain of pairs is not", () => {
    const [stx] = readSyntaxAll("(a b)");
    const p = stx!.e as Pair;
    expect(p).toBeInstanceOf(Pair);
    expect(p.car).toBeInstanceOf(Syntax);
    expect(p.cdr).toBeInstanceOf(Pair);
    expect((p.cdr as Pair).cdr).toBe(NIL);
  });
});

// ---- incremental reading ---------------------------------------------------------------------

describe("incremental reading with DatumReader", () => {
  it("returns one datum per next(), then END for ever, with offset just past each datum", () => {
    const text = "1 (2 3)\n  x ; done\n";
    const r = new DatumReader(text, { positions: false });
    expect(r.offset).toBe(0);
    expect(r.next()).toBe(1);
    expect(r.offset).toBe(1);
    expect(isEqual(r.next(), list([2, 3]))).toBe(true);
    expect(r.offset).toBe(7);
    expect(r.next()).toBe(sym("x"));
    expect(r.offset).toBe(11);
    expect(r.next()).toBe(END);
    expect(r.next()).toBe(END);
  });

  it("returns syntax objects by default", () => {
    const r = new DatumReader("a b");
    const first = r.next();
    expect(first).toBeInstanceOf(Syntax);
    expect((first as Syntax).loc).toMatchObject({ offset: 0, span: 1 });
  });

  it("places offset past prefixed and commented data so that the text before it reads back the datum", () => {
    const text = " 'a #;b c `(d ,e) #;f";
    const r = new DatumReader(text, { positions: false });
    const seen: [unknown, string][] = [];
    for (let d = r.next(); d !== END; d = r.next()) seen.push([d, text.slice(0, r.offset)]);
    expect(seen.map(([, prefix]) => prefix)).toEqual([" 'a", " 'a #;b c", " 'a #;b c `(d ,e)"]);
    for (const [d, prefix] of seen) expect(isEqual(readAll(prefix).at(-1), d)).toBe(true);
    expect(r.offset).toBe(text.length);
  });

  it.each([
    ["(a b) )", "unexpected `)`"],
    ["(a b) |unclosed", "unclosed `|`"],
    ['(a b) #"bytes"', "byte strings"],
    ["(a b) #\\foo", "bad character name"],
    ['(a b) "unclosed', "unclosed string"],
    ["(a b) #| never closed", "unclosed `#|`"],
    ["(a b) (c", "unclosed `(`"],
    ["(a b) 1/0", "division by zero"],
    ['(a b) "\\q"', "bad escape"],
  ])("reads the first datum of %j and raises the error only when it reaches it", (text, message) => {
    const r = new DatumReader(text, { positions: false });
    expect(isEqual(r.next(), L("a", "b"))).toBe(true);
    expect(r.offset).toBe(5);
    expect(() => r.next()).toThrow(message);
  });

  it("lexes the text in chunks, each character at most twice, however many datums are read", () => {
    const n = 100_000;
    const text = Array.from({ length: n }, (_, i) => `(d${i} "s" ${i}.5)`).join("\n");
    const tokenize = vi.spyOn(schemeLexer, "tokenize");
    try {
      const r = new DatumReader(text, { positions: false });
      let count = 0;
      while (r.next() !== END) count++;
      expect(count).toBe(n);
      // Chunks overlap only by the token cut at each boundary.
      const lexed = tokenize.mock.calls.reduce((sum, call) => sum + call[0].length, 0);
      expect(lexed).toBeGreaterThanOrEqual(text.length);
      expect(lexed).toBeLessThan(text.length * 1.01);
    } finally {
      tokenize.mockRestore();
    }
  });

  it("reads the first datum of a large text without lexing the rest", () => {
    const text = "(first datum)\n" + "(filler 1 2 3)\n".repeat(200_000);
    const tokenize = vi.spyOn(schemeLexer, "tokenize");
    try {
      const r = new DatumReader(text, { positions: false });
      expect(write(r.next())).toBe("(first datum)");
      const lexed = tokenize.mock.calls.reduce((sum, call) => sum + call[0].length, 0);
      expect(lexed).toBeLessThan(200_000);
    } finally {
      tokenize.mockRestore();
    }
  });

  it("keeps positions right across chunk boundaries (long strings, comments and lines)", () => {
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++) parts.push(`(x${i} "${"s".repeat(i % 97)}" #| ${"c".repeat(i % 53)} |#)\n`);
    parts.push(`"${"long".repeat(40_000)}" ; a string longer than a chunk\n(last)`);
    const text = parts.join("");
    const forms = readSyntaxAll(text);
    for (const f of forms) {
      const loc = f.loc!;
      const before = text.slice(0, loc.offset);
      expect(loc.line).toBe(before.split("\n").length);
      expect(loc.column).toBe(loc.offset - before.lastIndexOf("\n"));
      expect(readAll(text.slice(loc.offset, loc.offset + loc.span))).toHaveLength(1);
    }
    expect(forms).toHaveLength(3002);
  });

  it("spends no more per next() on the last datums than on the first ones (no rescanning)", () => {
    const n = 100_000;
    const text = Array.from({ length: n }, (_, i) => `(d${i} ${i})`).join(" ");
    const segment = 10_000;
    const best = { first: Infinity, last: Infinity };
    for (let run = 0; run < 3; run++) {
      const r = new DatumReader(text, { positions: true });
      r.next();
      let t = performance.now();
      for (let i = 1; i <= segment; i++) r.next();
      best.first = Math.min(best.first, performance.now() - t);
      for (let i = segment + 1; i < n - segment; i++) r.next();
      t = performance.now();
      for (let i = 0; i < segment; i++) r.next();
      best.last = Math.min(best.last, performance.now() - t);
      expect(r.next()).toBe(END);
    }
    // Linear reading gives a ratio near 1; anything that rescans from the start gives ~n/segment.
    expect(best.last).toBeLessThan(best.first * 4 + 5);
  });

  it("scales linearly: four times the datums take about four times as long, not sixteen", () => {
    const make = (n: number) => Array.from({ length: n }, (_, i) => `(x ${i} "s")`).join("\n");
    const small = make(15_000);
    const large = make(60_000);
    const time = (text: string): number => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t = performance.now();
        const r = new DatumReader(text, { positions: false });
        while (r.next() !== END);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    time(small); // warm-up
    expect(time(large) / time(small)).toBeLessThan(9);
  });
});
