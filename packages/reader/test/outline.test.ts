import { describe, expect, it } from "vitest";
import { DatumReader, Syntax, outline, readSyntaxAll, syntaxToDatum, write } from "@rlms/reader";

const LIBRARY_LIKE = `;; a comment with (parens
(define (f x) (g x "a ) string" #\\) #\\())
#| block ( comment |#
(define g
  (lambda (x) x))
(define ((curried a) b) (+ a b))
(define-syntax-rule (swap! a b) (let ([t a]) (set! a b) (set! b t)))
(begin [define h 1] #(1 (2)) #hash((a . 1)))
`;

describe("outline", () => {
  it("finds each top-level form, its head and the name a define binds", () => {
    const entries = outline(LIBRARY_LIKE)!;
    expect(entries.map((e) => [e.head, e.defines, e.definesSyntax])).toEqual([
      ["define", "f", undefined],
      ["define", "g", undefined],
      ["define", "curried", undefined],
      ["define-syntax-rule", undefined, "swap!"],
      ["begin", undefined, undefined],
    ]);
    expect(outline("(define-syntax my-or (syntax-rules () [(_) #f]))")![0]!.definesSyntax).toBe("my-or");
    expect(entries.map((e) => LIBRARY_LIKE.slice(e.origin.offset, e.end).slice(0, 12))).toEqual([
      "(define (f x",
      "(define g\n  ",
      "(define ((cu",
      "(define-synt",
      "(begin [defi",
    ]);
  });

  it("gives slices that read to the same data at the same positions as the whole text", () => {
    const whole = readSyntaxAll(LIBRARY_LIKE, "lib.scm") as Syntax[];
    const entries = outline(LIBRARY_LIKE)!;
    entries.forEach((e, i) => {
      const slice = new DatumReader(LIBRARY_LIKE.slice(e.origin.offset, e.end), { source: "lib.scm", origin: e.origin }).next() as Syntax;
      expect(write(syntaxToDatum(slice))).toBe(write(syntaxToDatum(whole[i]!)));
      expect(slice.loc).toEqual(whole[i]!.loc);
      // positions inside the form too: the first element of the list
      const inner = (s: Syntax) => ((s.e as { car: Syntax }).car).loc;
      expect(inner(slice)).toEqual(inner(whole[i]!));
    });
  });

  it("reports errors inside a slice at their place in the whole text", () => {
    const text = "(define a 1)\n(define b\n  (f #\\nosuchchar))\n";
    const e = outline(text)![1]!;
    expect(() => new DatumReader(text.slice(e.origin.offset, e.end), { source: "x.scm", origin: e.origin }).next()).toThrow(
      expect.objectContaining({ line: 3, column: 6 }),
    );
  });

  it.each([
    ["a top-level atom", "(define a 1) b"],
    ["a quoted form", "'(1 2)"],
    ["a datum comment", "#;(define a 1) (define b 2)"],
    ["an unclosed form", "(define a (f 1)"],
    ["a stray closer", "(define a 1))"],
    ["an unclosed string", '(define a "x)'],
  ])("declines %s (the caller reads the text the ordinary way)", (_what, text) => {
    expect(outline(text)).toBeUndefined();
  });

  it("is empty for a text of comments only", () => {
    expect(outline(";; nothing\n#| here |#\n")).toEqual([]);
  });
});
