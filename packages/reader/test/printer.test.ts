// The printer against text recorded from Racket 8.7. EXPECTED was pasted from the output of
// fixtures/printer-cases.rkt, which builds the same values in Racket; symbols.json comes from
// fixtures/symbols.rkt.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  Box,
  EOF,
  Flonum,
  HashTable,
  MString,
  NIL,
  PRINT,
  PRINTS_AS_EXPRESSION,
  QUOTABLE,
  Pair,
  Ratnum,
  Sym,
  Syntax,
  VOID,
  char,
  charToWriteString,
  cons,
  display,
  equalHash,
  isEqual,
  keyword,
  keywordToWriteString,
  list,
  print,
  printSegments,
  printTo,
  printTruncated,
  readOne,
  stringToWriteString,
  sym,
  symbolToWriteString,
  write,
  type CustomPrintable,
  type HashKind,
  type PrintContext,
  type SourceLocation,
} from "@rlms/reader";

/** Prints like a Racket transparent struct: `(p 1 2)` in print mode, `#(struct:p 1 2)` otherwise. */
class TestStruct implements CustomPrintable {
  readonly [PRINTS_AS_EXPRESSION] = true;
  constructor(
    readonly name: string,
    readonly fields: unknown[],
  ) {}
  [PRINT](ctx: PrintContext): void {
    ctx.text(ctx.mode === "print" ? "(" + this.name : "#(struct:" + this.name);
    for (const f of this.fields) {
      ctx.text(" ");
      ctx.value(f);
    }
    ctx.text(")");
  }
}

/** Prints like a Racket procedure: the same in every mode, never quoted. */
class TestProcedure implements CustomPrintable {
  constructor(readonly name: string) {}
  [PRINT](ctx: PrintContext): void {
    ctx.text(`#<procedure:${this.name}>`);
  }
}

const p12 = (): TestStruct => new TestStruct("p", [1, 2]);
const L = (...xs: unknown[]): unknown => list(xs);
const q = (x: unknown): unknown => L(sym("quote"), x);
const s = sym;
function mkhash(kind: HashKind, ...kvs: unknown[]): HashTable {
  const h = new HashTable(kind, true);
  for (let i = 0; i < kvs.length; i += 2) h.set(kvs[i], kvs[i + 1]);
  return h;
}
const loc: SourceLocation = { source: "foo.rkt", line: 3, column: 5, offset: 10, span: 5 };
const stx = (e: unknown): Syntax => new Syntax(e, loc);
const bareStx = (e: unknown): Syntax => new Syntax(e, undefined);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const car = new TestProcedure("car");

/** The same values as fixtures/printer-cases.rkt, by name. */
const CASES: Record<string, () => unknown> = {
  // atoms
  fixnum: () => 42,
  negative: () => -7,
  bignum: () => 2n ** 70n,
  ratnum: () => Ratnum.unsafeMake(1n, 3n),
  negratnum: () => Ratnum.unsafeMake(-7n, 2n),
  flonum: () => new Flonum(1.5),
  flonumbig: () => new Flonum(1e21),
  negzero: () => new Flonum(-0),
  inf: () => new Flonum(Infinity),
  nan: () => new Flonum(NaN),
  hundred: () => new Flonum(100),
  string: () => "hello",
  stringnl: () => "a\nb",
  emptystring: () => "",
  mstring: () => new MString('a"b'),
  char: () => char(0x61),
  charspace: () => char(0x20),
  charnewline: () => char(0x0a),
  charnul: () => char(0),
  charlambda: () => char(0x3bb),
  charctl: () => char(1),
  symbol: () => s("a"),
  barsymbol: () => s("a b"),
  emptysymbol: () => s(""),
  numsymbol: () => s("1"),
  uninterned: () => new Sym("u"),
  keyword: () => keyword("kw"),
  barkeyword: () => keyword("a b"),
  numkeyword: () => keyword("1"),
  emptykeyword: () => keyword(""),
  true: () => true,
  false: () => false,
  nil: () => NIL,
  void: () => VOID,
  eof: () => EOF,
  // containers
  list: () => L(1, 2),
  dotted: () => cons(1, 2),
  improper: () => list([1, 2], 3),
  nested: () => L(L(1), L(2, L(3)), NIL),
  listofatoms: () => L("s", char(0x63), s("sym"), keyword("k"), new Flonum(1.5), s("a b")),
  vector: () => [1, 2],
  emptyvector: () => [],
  vectorlist: () => [L(1, 2), "s", char(0x63)],
  box: () => new Box(1),
  boxlist: () => new Box(L(1, 2)),
  boxbox: () => new Box(new Box(s("a"))),
  hash: () => mkhash("equal", s("b"), 2, s("a"), 1),
  hasheq: () => mkhash("eq", s("x"), "y"),
  hasheqv: () => mkhash("eqv", 1, 2),
  emptyhash: () => mkhash("equal"),
  hashnums: () =>
    mkhash("equal", 3, s("a"), new Flonum(1.5), s("b"), Ratnum.unsafeMake(1n, 2n), s("c"), -7, s("d"), 10n ** 20n, s("e"), new Flonum(2), s("f")),
  hashstrings: () => mkhash("equal", "b", 1, "a", 2, "B", 3, "é", 4, "\u{1F600}", 5, "\uFFFF", 6),
  hashkeywords: () => mkhash("equal", keyword("b"), 1, keyword("a"), 2),
  hashlistvalue: () => mkhash("equal", s("k"), L(1, "s")),
  listofhash: () => L(mkhash("equal", s("a"), 1)),
  // quote forms
  quote: () => q(s("a")),
  quasiquote: () => L(s("quasiquote"), L(s("a"), L(s("unquote"), s("b")), L(s("unquote-splicing"), s("c")))),
  syntaxquote: () => L(s("syntax"), s("a")),
  quasisyntax: () => L(L(s("quasisyntax"), s("a")), L(s("unsyntax"), s("b")), L(s("unsyntax-splicing"), s("c"))),
  quotethree: () => L(s("quote"), s("a"), s("b")),
  quotenone: () => L(s("quote")),
  quotedotted: () => cons(s("quote"), s("a")),
  unquoteat: () => L(s("unquote"), s("@a")),
  unsyntaxat: () => L(s("unsyntax"), s("@a")),
  unquotebarat: () => L(s("unquote"), s("@a b")),
  tailquote: () => L(s("a"), s("quote"), s("b")),
  quoteinvector: () => [q(s("a"))],
  quotequote: () => q(q(s("a"))),
  quoteinbox: () => new Box(q(s("a"))),
  // constructor style
  struct: () => p12(),
  liststruct: () => L(1, p12()),
  consstruct: () => cons(1, p12()),
  liststarstruct: () => list([1, 2], p12()),
  vectorstruct: () => [1, p12()],
  boxstruct: () => new Box(p12()),
  hashstruct: () => mkhash("equal", s("a"), p12()),
  listhashstruct: () => L(mkhash("equal", s("a"), p12())),
  listquotablestruct: () => L(L(1, 2), p12()),
  listatomsstruct: () => L(s("a"), "s", char(0x63), new Flonum(1.5), NIL, VOID, keyword("k"), p12()),
  structoflist: () => new TestStruct("p", [L(1, 2), s("a")]),
  quotestruct: () => L(s("quote"), p12()),
  listquotesymstruct: () => L(q(s("a")), p12()),
  hashmixedstruct: () => mkhash("equal", s("b"), 2, s("a"), p12(), s("c"), 3),
  hashkeystruct: () => mkhash("equal", p12(), 1),
  hasheqstruct: () => mkhash("eq", s("a"), p12()),
  hasheqvstruct: () => mkhash("eqv", 1, p12()),
  hashsortstruct: () =>
    mkhash("equal", s("a"), p12(), 2, s("b"), "s", 3, char(0x63), 4, keyword("k"), 5, true, 6, false, 7, NIL, 8, VOID, 9),
  nestedimproperstruct: () => cons(p12(), cons(2, 3)),
  structinvectorinlist: () => L(1, [p12()]),
  vectorinliststruct: () => L([1, 2], p12()),
  boxinliststruct: () => L(new Box(1), p12()),
  emptyinliststruct: () => L(NIL, p12()),
  emptiesinlist: () => L(NIL, [], new Box(NIL)),
  structofstruct: () => new TestStruct("p", [p12(), L(s("x"))]),
  deepstruct: () => L(L(L(p12()))),
  // cycles and sharing
  cycvector: () => {
    const v: unknown[] = [1, 2];
    v[0] = v;
    return v;
  },
  cycvector2: () => {
    const v: unknown[] = [1, 2];
    v[1] = v;
    return v;
  },
  sharedacyclic: () => {
    const a = [1];
    return [a, a];
  },
  sharedcycle: () => {
    const a = [1];
    const v: unknown[] = [a, a, false];
    v[2] = v;
    return v;
  },
  labelorder: () => {
    const a = [1];
    const b = [2];
    const v: unknown[] = [false, b, a, b, a];
    v[0] = v;
    return v;
  },
  labelorder2: () => {
    const a = [1];
    const b = [2];
    const v: unknown[] = [b, a, b, a, false];
    v[4] = v;
    return v;
  },
  cycbox: () => {
    const b = new Box(1);
    b.value = b;
    return b;
  },
  cychash: () => {
    const h = mkhash("equal");
    h.set(s("a"), h);
    return h;
  },
  cychashvector: () => {
    const h = mkhash("equal");
    h.set(s("a"), [h]);
    return h;
  },
  cycinlist: () => {
    const v: unknown[] = [1, 2];
    v[0] = v;
    return L(1, v);
  },
  cycboxinlist: () => {
    const b = new Box(1);
    b.value = b;
    return L(b, 2);
  },
  cycvectorstruct: () => {
    const v: unknown[] = [1, p12()];
    v[0] = v;
    return v;
  },
  cycvectorstructlist: () => {
    const v: unknown[] = [1, p12()];
    v[0] = v;
    return L(v);
  },
  cycvectorlist: () => {
    const v: unknown[] = [1, 2];
    v[0] = L(1, v);
    return v;
  },
  sharedlistincycle: () => {
    const l = L(1, 2);
    const v: unknown[] = [l, l, false];
    v[2] = v;
    return v;
  },
  sharedtailincycle: () => {
    const l = L(2, 3);
    const v: unknown[] = [cons(1, l), l, false];
    v[2] = v;
    return v;
  },
  sharedtailctor: () => {
    const l = L(2, 3);
    const v: unknown[] = [cons(1, l), l, false, p12()];
    v[2] = v;
    return v;
  },
  twocycles: () => {
    const a: unknown[] = [1];
    const b: unknown[] = [a, 2];
    a[0] = b;
    return [a, b];
  },
  cycinboxlist: () => {
    const b = new Box(1);
    b.value = L(1, b, 3);
    return b;
  },
  quotecyc: () => {
    const v: unknown[] = [1, 2];
    v[0] = v;
    return q(v);
  },
  cycquote: () => {
    const v: unknown[] = [1, 2];
    v[0] = q(v);
    return v;
  },
  sharedstructlist: () => {
    const l = L(1, 2);
    return L(l, l, p12());
  },
  sharedstructelement: () => {
    const e = L(p12());
    return L(e, e);
  },
  cycstruct: () => {
    const x = new TestStruct("q", [1]);
    x.fields[0] = x;
    return x;
  },
  cycstructlist: () => {
    const x = new TestStruct("q", [1]);
    x.fields[0] = L(1, x);
    return x;
  },
  cycstructinvector: () => {
    const x = new TestStruct("q", [1]);
    x.fields[0] = x;
    return [x, x];
  },
  cycquotestruct: () => {
    const v: unknown[] = [1, p12()];
    v[0] = q(v);
    return v;
  },
  // syntax objects
  syntax: () => stx(L(bareStx(s("a")), bareStx("b"), char(0x63), new Flonum(1.5))),
  syntaxnoloc: () => bareStx(L(s("a"), s("b"))),
  syntaxsymbol: () => stx(s("x")),
  syntaxofquote: () => stx(q(s("a"))),
  syntaxnested: () => stx(L(bareStx(s("a")), bareStx([1, 2]))),
  syntaxinlist: () => L(stx(s("a")), 1),
  syntaxlong: () => stx(list(range(100))),
  syntaxlongstring: () => stx(L("a".repeat(300))),
  syntaxexact: () => stx(L("a".repeat(252))),
  syntaxinstructlist: () => L(stx(s("a")), p12()),
  // procedures
  procedure: () => car,
  procedureinlist: () => L(1, car),
  procedurestruct: () => L(car, p12()),
};

/** [display, write, print] of each case, from Racket 8.7. */
const EXPECTED: Record<string, [string, string, string]> = {
  fixnum: ["42", "42", "42"],
  negative: ["-7", "-7", "-7"],
  bignum: ["1180591620717411303424", "1180591620717411303424", "1180591620717411303424"],
  ratnum: ["1/3", "1/3", "1/3"],
  negratnum: ["-7/2", "-7/2", "-7/2"],
  flonum: ["1.5", "1.5", "1.5"],
  flonumbig: ["1e+21", "1e+21", "1e+21"],
  negzero: ["-0.0", "-0.0", "-0.0"],
  inf: ["+inf.0", "+inf.0", "+inf.0"],
  nan: ["+nan.0", "+nan.0", "+nan.0"],
  hundred: ["100.0", "100.0", "100.0"],
  string: ["hello", "\"hello\"", "\"hello\""],
  stringnl: ["a\nb", "\"a\\nb\"", "\"a\\nb\""],
  emptystring: ["", "\"\"", "\"\""],
  mstring: ["a\"b", "\"a\\\"b\"", "\"a\\\"b\""],
  char: ["a", "#\\a", "#\\a"],
  charspace: [" ", "#\\space", "#\\space"],
  charnewline: ["\n", "#\\newline", "#\\newline"],
  charnul: ["\u0000", "#\\nul", "#\\nul"],
  charlambda: ["λ", "#\\λ", "#\\λ"],
  charctl: ["\u0001", "#\\u0001", "#\\u0001"],
  symbol: ["a", "a", "'a"],
  barsymbol: ["a b", "|a b|", "'|a b|"],
  emptysymbol: ["", "||", "'||"],
  numsymbol: ["1", "|1|", "'|1|"],
  uninterned: ["u", "u", "'u"],
  keyword: ["#:kw", "#:kw", "'#:kw"],
  barkeyword: ["#:a b", "#:|a b|", "'#:|a b|"],
  numkeyword: ["#:1", "#:1", "'#:1"],
  emptykeyword: ["#:", "#:", "'#:"],
  true: ["#t", "#t", "#t"],
  false: ["#f", "#f", "#f"],
  nil: ["()", "()", "'()"],
  void: ["#<void>", "#<void>", "#<void>"],
  eof: ["#<eof>", "#<eof>", "#<eof>"],
  list: ["(1 2)", "(1 2)", "'(1 2)"],
  dotted: ["(1 . 2)", "(1 . 2)", "'(1 . 2)"],
  improper: ["(1 2 . 3)", "(1 2 . 3)", "'(1 2 . 3)"],
  nested: ["((1) (2 (3)) ())", "((1) (2 (3)) ())", "'((1) (2 (3)) ())"],
  listofatoms: ["(s c sym #:k 1.5 a b)", "(\"s\" #\\c sym #:k 1.5 |a b|)", "'(\"s\" #\\c sym #:k 1.5 |a b|)"],
  vector: ["#(1 2)", "#(1 2)", "'#(1 2)"],
  emptyvector: ["#()", "#()", "'#()"],
  vectorlist: ["#((1 2) s c)", "#((1 2) \"s\" #\\c)", "'#((1 2) \"s\" #\\c)"],
  box: ["#&1", "#&1", "'#&1"],
  boxlist: ["#&(1 2)", "#&(1 2)", "'#&(1 2)"],
  boxbox: ["#&#&a", "#&#&a", "'#&#&a"],
  hash: ["#hash((a . 1) (b . 2))", "#hash((a . 1) (b . 2))", "'#hash((a . 1) (b . 2))"],
  hasheq: ["#hasheq((x . y))", "#hasheq((x . \"y\"))", "'#hasheq((x . \"y\"))"],
  hasheqv: ["#hasheqv((1 . 2))", "#hasheqv((1 . 2))", "'#hasheqv((1 . 2))"],
  emptyhash: ["#hash()", "#hash()", "'#hash()"],
  hashnums: ["#hash((-7 . d) (1/2 . c) (1.5 . b) (2.0 . f) (3 . a) (100000000000000000000 . e))", "#hash((-7 . d) (1/2 . c) (1.5 . b) (2.0 . f) (3 . a) (100000000000000000000 . e))", "'#hash((-7 . d) (1/2 . c) (1.5 . b) (2.0 . f) (3 . a) (100000000000000000000 . e))"],
  hashstrings: ["#hash((B . 3) (a . 2) (b . 1) (é . 4) (\uFFFF . 6) (😀 . 5))", "#hash((\"B\" . 3) (\"a\" . 2) (\"b\" . 1) (\"é\" . 4) (\"\\uFFFF\" . 6) (\"😀\" . 5))", "'#hash((\"B\" . 3) (\"a\" . 2) (\"b\" . 1) (\"é\" . 4) (\"\\uFFFF\" . 6) (\"😀\" . 5))"],
  hashkeywords: ["#hash((#:a . 2) (#:b . 1))", "#hash((#:a . 2) (#:b . 1))", "'#hash((#:a . 2) (#:b . 1))"],
  hashlistvalue: ["#hash((k . (1 s)))", "#hash((k . (1 \"s\")))", "'#hash((k . (1 \"s\")))"],
  listofhash: ["(#hash((a . 1)))", "(#hash((a . 1)))", "'(#hash((a . 1)))"],
  quote: ["(quote a)", "(quote a)", "''a"],
  quasiquote: ["(quasiquote (a (unquote b) (unquote-splicing c)))", "(quasiquote (a (unquote b) (unquote-splicing c)))", "'`(a ,b ,@c)"],
  syntaxquote: ["(syntax a)", "(syntax a)", "'#'a"],
  quasisyntax: ["((quasisyntax a) (unsyntax b) (unsyntax-splicing c))", "((quasisyntax a) (unsyntax b) (unsyntax-splicing c))", "'(#`a #,b #,@c)"],
  quotethree: ["(quote a b)", "(quote a b)", "'(quote a b)"],
  quotenone: ["(quote)", "(quote)", "'(quote)"],
  quotedotted: ["(quote . a)", "(quote . a)", "'(quote . a)"],
  unquoteat: ["(unquote @a)", "(unquote @a)", "', @a"],
  unsyntaxat: ["(unsyntax @a)", "(unsyntax @a)", "'#, @a"],
  unquotebarat: ["(unquote @a b)", "(unquote |@a b|)", "',|@a b|"],
  tailquote: ["(a quote b)", "(a quote b)", "'(a . 'b)"],
  quoteinvector: ["#((quote a))", "#((quote a))", "'#('a)"],
  quotequote: ["(quote (quote a))", "(quote (quote a))", "'''a"],
  quoteinbox: ["#&(quote a)", "#&(quote a)", "'#&'a"],
  struct: ["#(struct:p 1 2)", "#(struct:p 1 2)", "(p 1 2)"],
  liststruct: ["(1 #(struct:p 1 2))", "(1 #(struct:p 1 2))", "(list 1 (p 1 2))"],
  consstruct: ["(1 . #(struct:p 1 2))", "(1 . #(struct:p 1 2))", "(cons 1 (p 1 2))"],
  liststarstruct: ["(1 2 . #(struct:p 1 2))", "(1 2 . #(struct:p 1 2))", "(list* 1 2 (p 1 2))"],
  vectorstruct: ["#(1 #(struct:p 1 2))", "#(1 #(struct:p 1 2))", "(vector 1 (p 1 2))"],
  boxstruct: ["#&#(struct:p 1 2)", "#&#(struct:p 1 2)", "(box (p 1 2))"],
  hashstruct: ["#hash((a . #(struct:p 1 2)))", "#hash((a . #(struct:p 1 2)))", "(hash 'a (p 1 2))"],
  listhashstruct: ["(#hash((a . #(struct:p 1 2))))", "(#hash((a . #(struct:p 1 2))))", "(list (hash 'a (p 1 2)))"],
  listquotablestruct: ["((1 2) #(struct:p 1 2))", "((1 2) #(struct:p 1 2))", "(list '(1 2) (p 1 2))"],
  listatomsstruct: ["(a s c 1.5 () #<void> #:k #(struct:p 1 2))", "(a \"s\" #\\c 1.5 () #<void> #:k #(struct:p 1 2))", "(list 'a \"s\" #\\c 1.5 '() #<void> '#:k (p 1 2))"],
  structoflist: ["#(struct:p (1 2) a)", "#(struct:p (1 2) a)", "(p '(1 2) 'a)"],
  quotestruct: ["(quote #(struct:p 1 2))", "(quote #(struct:p 1 2))", "'(p 1 2)"],
  listquotesymstruct: ["((quote a) #(struct:p 1 2))", "((quote a) #(struct:p 1 2))", "(list ''a (p 1 2))"],
  hashmixedstruct: ["#hash((a . #(struct:p 1 2)) (b . 2) (c . 3))", "#hash((a . #(struct:p 1 2)) (b . 2) (c . 3))", "(hash 'a (p 1 2) 'b 2 'c 3)"],
  hashkeystruct: ["#hash((#(struct:p 1 2) . 1))", "#hash((#(struct:p 1 2) . 1))", "(hash (p 1 2) 1)"],
  hasheqstruct: ["#hasheq((a . #(struct:p 1 2)))", "#hasheq((a . #(struct:p 1 2)))", "(hasheq 'a (p 1 2))"],
  hasheqvstruct: ["#hasheqv((1 . #(struct:p 1 2)))", "#hasheqv((1 . #(struct:p 1 2)))", "(hasheqv 1 (p 1 2))"],
  hashsortstruct: ["#hash((s . 3) (a . #(struct:p 1 2)) (2 . b) (c . 4) (#f . 7) (() . 8) (#t . 6) (#:k . 5) (#<void> . 9))", "#hash((\"s\" . 3) (a . #(struct:p 1 2)) (2 . b) (#\\c . 4) (#f . 7) (() . 8) (#t . 6) (#:k . 5) (#<void> . 9))", "(hash #f 7 #t 6 #\\c 4 2 'b 'a (p 1 2) '#:k 5 \"s\" 3 '() 8 #<void> 9)"],
  nestedimproperstruct: ["(#(struct:p 1 2) 2 . 3)", "(#(struct:p 1 2) 2 . 3)", "(list* (p 1 2) 2 3)"],
  structinvectorinlist: ["(1 #(#(struct:p 1 2)))", "(1 #(#(struct:p 1 2)))", "(list 1 (vector (p 1 2)))"],
  vectorinliststruct: ["(#(1 2) #(struct:p 1 2))", "(#(1 2) #(struct:p 1 2))", "(list '#(1 2) (p 1 2))"],
  boxinliststruct: ["(#&1 #(struct:p 1 2))", "(#&1 #(struct:p 1 2))", "(list '#&1 (p 1 2))"],
  emptyinliststruct: ["(() #(struct:p 1 2))", "(() #(struct:p 1 2))", "(list '() (p 1 2))"],
  emptiesinlist: ["(() #() #&())", "(() #() #&())", "'(() #() #&())"],
  structofstruct: ["#(struct:p #(struct:p 1 2) (x))", "#(struct:p #(struct:p 1 2) (x))", "(p (p 1 2) '(x))"],
  deepstruct: ["(((#(struct:p 1 2))))", "(((#(struct:p 1 2))))", "(list (list (list (p 1 2))))"],
  cycvector: ["#0=#(#0# 2)", "#0=#(#0# 2)", "#0='#(#0# 2)"],
  cycvector2: ["#0=#(1 #0#)", "#0=#(1 #0#)", "#0='#(1 #0#)"],
  sharedacyclic: ["#(#(1) #(1))", "#(#(1) #(1))", "'#(#(1) #(1))"],
  sharedcycle: ["#1=#(#0=#(1) #0# #1#)", "#1=#(#0=#(1) #0# #1#)", "#1='#(#0=#(1) #0# #1#)"],
  labelorder: ["#0=#(#0# #1=#(2) #2=#(1) #1# #2#)", "#0=#(#0# #1=#(2) #2=#(1) #1# #2#)", "#0='#(#0# #1=#(2) #2=#(1) #1# #2#)"],
  labelorder2: ["#2=#(#0=#(2) #1=#(1) #0# #1# #2#)", "#2=#(#0=#(2) #1=#(1) #0# #1# #2#)", "#2='#(#0=#(2) #1=#(1) #0# #1# #2#)"],
  cycbox: ["#0=#&#0#", "#0=#&#0#", "#0='#&#0#"],
  cychash: ["#0=#hash((a . #0#))", "#0=#hash((a . #0#))", "#0='#hash((a . #0#))"],
  cychashvector: ["#0=#hash((a . #(#0#)))", "#0=#hash((a . #(#0#)))", "#0='#hash((a . #(#0#)))"],
  cycinlist: ["(1 #0=#(#0# 2))", "(1 #0=#(#0# 2))", "'(1 #0=#(#0# 2))"],
  cycboxinlist: ["(#0=#&#0# 2)", "(#0=#&#0# 2)", "'(#0=#&#0# 2)"],
  cycvectorstruct: ["#0=#(#0# #(struct:p 1 2))", "#0=#(#0# #(struct:p 1 2))", "#0=(vector #0# (p 1 2))"],
  cycvectorstructlist: ["(#0=#(#0# #(struct:p 1 2)))", "(#0=#(#0# #(struct:p 1 2)))", "(list #0=(vector #0# (p 1 2)))"],
  cycvectorlist: ["#0=#((1 #0#) 2)", "#0=#((1 #0#) 2)", "#0='#((1 #0#) 2)"],
  sharedlistincycle: ["#1=#(#0=(1 2) #0# #1#)", "#1=#(#0=(1 2) #0# #1#)", "#1='#(#0=(1 2) #0# #1#)"],
  sharedtailincycle: ["#1=#((1 . #0=(2 3)) #0# #1#)", "#1=#((1 . #0=(2 3)) #0# #1#)", "#1='#((1 . #0=(2 3)) #0# #1#)"],
  sharedtailctor: ["#1=#((1 . #0=(2 3)) #0# #1# #(struct:p 1 2))", "#1=#((1 . #0=(2 3)) #0# #1# #(struct:p 1 2))", "#1=(vector '(1 . #0=(2 3)) #0# #1# (p 1 2))"],
  twocycles: ["#(#0=#(#1=#(#0# 2)) #1#)", "#(#0=#(#1=#(#0# 2)) #1#)", "'#(#0=#(#1=#(#0# 2)) #1#)"],
  cycinboxlist: ["#0=#&(1 #0# 3)", "#0=#&(1 #0# 3)", "#0='#&(1 #0# 3)"],
  quotecyc: ["(quote #0=#(#0# 2))", "(quote #0=#(#0# 2))", "''#0=#(#0# 2)"],
  cycquote: ["#0=#((quote #0#) 2)", "#0=#((quote #0#) 2)", "#0='#('#0# 2)"],
  sharedstructlist: ["((1 2) (1 2) #(struct:p 1 2))", "((1 2) (1 2) #(struct:p 1 2))", "(list '(1 2) '(1 2) (p 1 2))"],
  sharedstructelement: ["((#(struct:p 1 2)) (#(struct:p 1 2)))", "((#(struct:p 1 2)) (#(struct:p 1 2)))", "(list (list (p 1 2)) (list (p 1 2)))"],
  cycstruct: ["#0=#(struct:q #0#)", "#0=#(struct:q #0#)", "#0=(q #0#)"],
  cycstructlist: ["#0=#(struct:q (1 #0#))", "#0=#(struct:q (1 #0#))", "#0=(q '(1 #0#))"],
  cycstructinvector: ["#(#0=#(struct:q #0#) #0#)", "#(#0=#(struct:q #0#) #0#)", "(vector #0=(q #0#) #0#)"],
  cycquotestruct: ["#0=#((quote #0#) #(struct:p 1 2))", "#0=#((quote #0#) #(struct:p 1 2))", "#0=(vector ''#0# (p 1 2))"],
  syntax: ["#<syntax:foo.rkt:3:4 (a \"b\" #\\c 1.5)>", "#<syntax:foo.rkt:3:4 (a \"b\" #\\c 1.5)>", "#<syntax:foo.rkt:3:4 (a \"b\" #\\c 1.5)>"],
  syntaxnoloc: ["#<syntax (a b)>", "#<syntax (a b)>", "#<syntax (a b)>"],
  syntaxsymbol: ["#<syntax:foo.rkt:3:4 x>", "#<syntax:foo.rkt:3:4 x>", "#<syntax:foo.rkt:3:4 x>"],
  syntaxofquote: ["#<syntax:foo.rkt:3:4 (quote a)>", "#<syntax:foo.rkt:3:4 (quote a)>", "#<syntax:foo.rkt:3:4 (quote a)>"],
  syntaxnested: ["#<syntax:foo.rkt:3:4 (a #(1 2))>", "#<syntax:foo.rkt:3:4 (a #(1 2))>", "#<syntax:foo.rkt:3:4 (a #(1 2))>"],
  syntaxinlist: ["(#<syntax:foo.rkt:3:4 a> 1)", "(#<syntax:foo.rkt:3:4 a> 1)", "'(#<syntax:foo.rkt:3:4 a> 1)"],
  syntaxlong: ["#<syntax:foo.rkt:3:4 (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 8...>", "#<syntax:foo.rkt:3:4 (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 8...>", "#<syntax:foo.rkt:3:4 (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 8...>"],
  syntaxlongstring: ["#<syntax:foo.rkt:3:4 (\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...>", "#<syntax:foo.rkt:3:4 (\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...>", "#<syntax:foo.rkt:3:4 (\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...>"],
  syntaxexact: ["#<syntax:foo.rkt:3:4 (\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\")>", "#<syntax:foo.rkt:3:4 (\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\")>", "#<syntax:foo.rkt:3:4 (\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\")>"],
  syntaxinstructlist: ["(#<syntax:foo.rkt:3:4 a> #(struct:p 1 2))", "(#<syntax:foo.rkt:3:4 a> #(struct:p 1 2))", "(list #<syntax:foo.rkt:3:4 a> (p 1 2))"],
  procedure: ["#<procedure:car>", "#<procedure:car>", "#<procedure:car>"],
  procedureinlist: ["(1 #<procedure:car>)", "(1 #<procedure:car>)", "'(1 #<procedure:car>)"],
  procedurestruct: ["(#<procedure:car> #(struct:p 1 2))", "(#<procedure:car> #(struct:p 1 2))", "(list #<procedure:car> (p 1 2))"],
};

/**
 * Where we knowingly differ: a hash table whose keys are of mixed kinds prints in Racket's
 * internal (hash code) order in `#hash(...)` form; ours keeps insertion order.
 */
const DEVIATIONS: Record<string, [string, string, string]> = {
  hashsortstruct: [
    "#hash((a . #(struct:p 1 2)) (2 . b) (s . 3) (c . 4) (#:k . 5) (#t . 6) (#f . 7) (() . 8) (#<void> . 9))",
    '#hash((a . #(struct:p 1 2)) (2 . b) ("s" . 3) (#\\c . 4) (#:k . 5) (#t . 6) (#f . 7) (() . 8) (#<void> . 9))',
    EXPECTED.hashsortstruct![2],
  ],
};

/**
 * [name, write of the symbol, write of the keyword], recorded in Racket 8.7 with
 * `(format "~s" (string->symbol name))` and `(format "~s" (string->keyword name))`.
 */
const SYMBOLS: [string, string, string][] = [
  ["a|b", "a\\|b", "#:a\\|b"],
  ["", "||", "#:"],
  ["1", "|1|", "#:1"],
  ["1.5", "|1.5|", "#:1.5"],
  ["+1", "|+1|", "#:+1"],
  [".", "|.|", "#:|.|"],
  ["..", "..", "#:.."],
  ["#foo", "|#foo|", "#:|#foo|"],
  ["a#", "a#", "#:a#"],
  ["#%app", "#%app", "#:#%app"],
  ["#%", "#%", "#:#%"],
  ["#", "|#|", "#:|#|"],
  ["A", "A", "#:A"],
  ["a b", "|a b|", "#:|a b|"],
  ["λ", "λ", "#:λ"],
  ["+", "+", "#:+"],
  ["-", "-", "#:-"],
  ["...", "...", "#:..."],
  ["1+", "1+", "#:1+"],
  ["+i", "|+i|", "#:+i"],
  ["-i", "|-i|", "#:-i"],
  ["+I", "|+I|", "#:+I"],
  ["+inf.0", "|+inf.0|", "#:+inf.0"],
  ["-nan.0", "|-nan.0|", "#:-nan.0"],
  ["+inf.f", "|+inf.f|", "#:+inf.f"],
  ["+INF.T", "|+INF.T|", "#:+INF.T"],
  ["1/2", "|1/2|", "#:1/2"],
  ["1/0", "|1/0|", "#:1/0"],
  ["1e5", "|1e5|", "#:1e5"],
  ["1e", "1e", "#:1e"],
  ["e1", "e1", "#:e1"],
  ["a;b", "|a;b|", "#:|a;b|"],
  ["a,b", "|a,b|", "#:|a,b|"],
  ["a'b", "|a'b|", "#:|a'b|"],
  ["a`b", "|a`b|", "#:|a`b|"],
  ["(a", "|(a|", "#:|(a|"],
  ["a)", "|a)|", "#:|a)|"],
  ["[", "|[|", "#:|[|"],
  ["{}", "|{}|", "#:|{}|"],
  ["\"", "|\"|", "#:|\"|"],
  ["a\\b", "|a\\b|", "#:|a\\b|"],
  ["|", "\\|", "#:\\|"],
  ["a|b c", "a\\|b\\ c", "#:a\\|b\\ c"],
  ["@a", "@a", "#:@a"],
  ["1.0t0", "|1.0t0|", "#:1.0t0"],
  ["1#", "|1#|", "#:1#"],
  ["1@2", "|1@2|", "#:1@2"],
  ["1+2i", "|1+2i|", "#:1+2i"],
  [".5", "|.5|", "#:.5"],
  ["5.", "|5.|", "#:5."],
  ["+a", "+a", "#:+a"],
  ["a\tb", "|a\tb|", "#:|a\tb|"],
  ["\uFEFF", "|\uFEFF|", "#:|\uFEFF|"],
  ["\u00A0x", "|\u00A0x|", "#:|\u00A0x|"],
  ["\u0085", "|\u0085|", "#:|\u0085|"],
  ["a\nb", "|a\nb|", "#:|a\nb|"],
  ["#t", "|#t|", "#:|#t|"],
  ["#:a", "|#:a|", "#:|#:a|"],
  ["1/2e3", "|1/2e3|", "#:1/2e3"],
  ["-1.5e-3", "|-1.5e-3|", "#:-1.5e-3"],
  ["1e+", "1e+", "#:1e+"],
  ["1+", "1+", "#:1+"],
  ["+.e1", "+.e1", "#:+.e1"],
  ["1//2", "1//2", "#:1//2"],
  ["2..", "2..", "#:2.."],
];

/** [string, its write], recorded in Racket 8.7 with `(format "~s" str)`. */
const STRINGS: [string, string][] = [
  ["\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f ", "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\a\\b\\t\\n\\v\\f\\r\\u000E\\u000F\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001A\\e\\u001C\\u001D\\u001E\\u001F \""],
  ["\"\\'`|#;", "\"\\\"\\\\'`|#;\""],
  ["\u007F\u0080\u009F\u00A0\u00ADλ\u2028\u2029\uE000\uFEFF\uFFFF", "\"\\u007F\\u0080\\u009F\u00A0\\u00ADλ\\u2028\\u2029\\uE000\\uFEFF\\uFFFF\""],
  ["😀\u{10FFFF}🛜🛝", "\"😀\\U0010FFFF\\U0001F6DC🛝\""],
  ["a\u200Db👨\u200D👩 é", "\"a\u200Db👨\u200D👩 é\""],
  ["\u200D \u200D \"\u200D a\u200C\u200D\u200C 🏴\u{E0067}\u{E0062}\u{E007F} \u0600\u200D a\u{E0001}", "\"\\u200D \\u200D \\\"\\u200D a\u200C\u200D\u200C 🏴\u{E0067}\u{E0062}\u{E007F} \\u0600\\u200D a\\U000E0001\""],
  ["tab\there \u3000 \u2003 \u1680", "\"tab\\there \u3000 \u2003 \u1680\""],
  ["", "\"\""],
];

/** [code point, write of the character], recorded in Racket 8.7 with `(format "~s" (integer->char code))`. */
const CHARS: [number, string][] = [
  [0x0, "#\\nul"],
  [0x1, "#\\u0001"],
  [0x2, "#\\u0002"],
  [0x3, "#\\u0003"],
  [0x4, "#\\u0004"],
  [0x5, "#\\u0005"],
  [0x6, "#\\u0006"],
  [0x7, "#\\u0007"],
  [0x8, "#\\backspace"],
  [0x9, "#\\tab"],
  [0xa, "#\\newline"],
  [0xb, "#\\vtab"],
  [0xc, "#\\page"],
  [0xd, "#\\return"],
  [0xe, "#\\u000E"],
  [0xf, "#\\u000F"],
  [0x10, "#\\u0010"],
  [0x11, "#\\u0011"],
  [0x12, "#\\u0012"],
  [0x13, "#\\u0013"],
  [0x14, "#\\u0014"],
  [0x15, "#\\u0015"],
  [0x16, "#\\u0016"],
  [0x17, "#\\u0017"],
  [0x18, "#\\u0018"],
  [0x19, "#\\u0019"],
  [0x1a, "#\\u001A"],
  [0x1b, "#\\u001B"],
  [0x1c, "#\\u001C"],
  [0x1d, "#\\u001D"],
  [0x1e, "#\\u001E"],
  [0x1f, "#\\u001F"],
  [0x20, "#\\space"],
  [0x7f, "#\\rubout"],
  [0x80, "#\\u0080"],
  [0x85, "#\\u0085"],
  [0xa0, "#\\u00A0"],
  [0xad, "#\\u00AD"],
  [0x3bb, "#\\λ"],
  [0x1f600, "#\\😀"],
  [0xffff, "#\\uFFFF"],
  [0x10ffff, "#\\U0010FFFF"],
  [0x28, "#\\("],
  [0x22, "#\\\""],
  [0x5c, "#\\\\"],
  [0x23, "#\\#"],
  [0x3b, "#\\;"],
  [0x7c, "#\\|"],
  [0x27, "#\\'"],
  [0x1f6dc, "#\\U0001F6DC"],
  [0x3000, "#\\u3000"],
  [0x200d, "#\\u200D"],
  [0xfeff, "#\\uFEFF"],
  [0xe000, "#\\uE000"],
];

describe("display, write and print", () => {
  for (const [name, build] of Object.entries(CASES)) {
    it(name, () => {
      const expected = DEVIATIONS[name] ?? EXPECTED[name];
      expect(expected).toBeDefined();
      const v = build();
      expect([display(v), write(v), print(v)]).toEqual(expected);
    });
  }

  it("prints the same through printTo, in chunks", () => {
    for (const [name, build] of Object.entries(CASES)) {
      const v = build();
      for (const mode of ["display", "write", "print"] as const) {
        let out = "";
        printTo(v, mode, (s) => (out += s));
        const expected = (DEVIATIONS[name] ?? EXPECTED[name])!;
        expect(out, `${name} ${mode}`).toBe(expected[mode === "display" ? 0 : mode === "write" ? 1 : 2]);
      }
    }
  });
});

describe("regexps", () => {
  it("prints a regexp as its literal in every mode, self-quoting in print mode", () => {
    const rx = readOne('#rx"a\\\\.b\\n"');
    const px = readOne('#px"\\\\d"');
    for (const f of [display, write, print]) expect(f(rx)).toBe('#rx"a\\\\.b\\n"');
    expect(write(px)).toBe('#px"\\\\d"');
    expect(print(list([rx, px]))).toBe(`'(#rx"a\\\\.b\\n" #px"\\\\d")`);
  });

  it("makes regexps equal? when their source and flavour are", () => {
    expect(isEqual(readOne('#rx"a"'), readOne('#rx"a"'))).toBe(true);
    expect(isEqual(readOne('#rx"a"'), readOne('#px"a"'))).toBe(false);
    expect(isEqual(readOne('#rx"a"'), readOne('#rx"b"'))).toBe(false);
    expect(equalHash(readOne('#rx"a"'))).toBe(equalHash(readOne('#rx"a"')));
  });
});

describe("symbols and keywords", () => {
  it("quotes symbol names as Racket does", () => {
    const bad = SYMBOLS.filter(([n, w]) => symbolToWriteString(n) !== w || write(sym(n)) !== w || print(sym(n)) !== "'" + w);
    expect(bad).toEqual([]);
    expect(display(sym("a b"))).toBe("a b");
  });

  it("quotes keyword names as Racket does", () => {
    const bad = SYMBOLS.filter(([n, , k]) => keywordToWriteString(n) !== k || write(keyword(n)) !== k);
    expect(bad).toEqual([]);
  });

  it("agrees with Racket on 4,000 generated number-like names", () => {
    const data = JSON.parse(readFileSync(new URL("./fixtures/symbols.json", import.meta.url), "utf8")) as [string, string, string][];
    expect(data.length).toBe(4000);
    const bad = data.filter(([n, w, k]) => symbolToWriteString(n) !== w || keywordToWriteString(n) !== k);
    expect(bad).toEqual([]);
  });
});

describe("strings and characters", () => {
  it("escapes strings as Racket does", () => {
    const bad = STRINGS.filter(([str, w]) => stringToWriteString(str) !== w || write(str) !== w || print(str) !== w);
    expect(bad).toEqual([]);
    expect(display("a\nb\u0001")).toBe("a\nb\u0001");
    expect(write(new MString("λ\t"))).toBe('"λ\\t"');
  });

  it("escapes a lone surrogate, which Racket strings cannot hold", () => {
    expect(write("a\uD800b")).toBe('"a\\uD800b"');
  });

  it("names and escapes characters as Racket does", () => {
    const bad = CHARS.filter(([code, w]) => charToWriteString(code) !== w || write(char(code)) !== w || print(char(code)) !== w);
    expect(bad).toEqual([]);
    expect(display(char(0x3bb))).toBe("λ");
    expect(display(char(0x1f600))).toBe("😀");
  });
});

describe("large and deep values", () => {
  it("prints a 1,000,000-element list", () => {
    const n = 1_000_000;
    const v = list(range(n));
    const text = write(v);
    expect(text.startsWith("(0 1 2 3 ")).toBe(true);
    expect(text.endsWith(" 999998 999999)")).toBe(true);
    expect(text.length).toBe(range(n).join(" ").length + 2);
    expect(print(v)).toBe("'" + text);
  });

  it("prints a 1,000,000-element vector", () => {
    const text = write(range(1_000_000));
    expect(text.startsWith("#(0 1 2 ")).toBe(true);
    expect(text.endsWith(" 999999)")).toBe(true);
  });

  it("prints a list nested 100,000 deep", () => {
    const depth = 100_000;
    let v: unknown = NIL;
    for (let i = 0; i < depth; i++) v = cons(v, NIL);
    const expected = "(".repeat(depth + 1) + ")".repeat(depth + 1);
    // Compared as booleans: a failure should not dump 200,000 parentheses.
    expect(write(v) === expected).toBe(true);
    expect(display(v) === expected).toBe(true);
    expect(print(v) === "'" + expected).toBe(true);
  });

  it("prints a vector nested 100,000 deep", () => {
    const depth = 100_000;
    let v: unknown = [];
    for (let i = 0; i < depth; i++) v = [v];
    const expected = "#(".repeat(depth + 1) + ")".repeat(depth + 1);
    expect(write(v) === expected).toBe(true);
    expect(print(v) === "'" + expected).toBe(true);
  });

  it("prints a box chain and a car-nested quote chain 100,000 deep", () => {
    const depth = 100_000;
    let b: unknown = 1;
    for (let i = 0; i < depth; i++) b = new Box(b);
    expect(write(b) === "#&".repeat(depth) + "1").toBe(true);
    let qv: unknown = sym("a");
    for (let i = 0; i < depth; i++) qv = L(sym("quote"), qv);
    expect(print(qv) === "'".repeat(depth + 1) + "a").toBe(true);
  });

  it("prints constructor style 100,000 deep", () => {
    // (list (list ... (list (p 1 2)))) in Racket
    const depth = 100_000;
    let v: unknown = p12();
    for (let i = 0; i < depth; i++) v = L(v);
    expect(print(v) === "(list ".repeat(depth) + "(p 1 2)" + ")".repeat(depth)).toBe(true);
  });

  it("prints a long cyclic list and a long cyclic vector chain without looping", () => {
    const n = 100_000;
    const head = list(range(n)) as Pair;
    let last = head;
    while (last.cdr !== NIL) last = last.cdr as Pair;
    last.cdr = head;
    // Racket prints a cyclic mutable list the same way: #0=(0 1 ... . #0#)
    const text = write(head);
    expect(text.startsWith("#0=(0 1 2 ")).toBe(true);
    expect(text.endsWith(" 99999 . #0#)")).toBe(true);
    const first: unknown[] = [0];
    let v = first;
    for (let i = 1; i < n; i++) {
      const next: unknown[] = [i];
      v.push(next);
      v = next;
    }
    v.push(first);
    const t2 = write(first);
    expect(t2.startsWith("#0=#(0 #(1 #(2 ")).toBe(true);
    expect(t2.endsWith("#(99999 #0#)" + ")".repeat(n - 1))).toBe(true);
  });

  it("prints heavily shared acyclic structure in full, without labels", () => {
    // 20 levels of (vector x x): 2^20 leaves when unfolded, as Racket prints it
    let v: unknown = 1;
    for (let i = 0; i < 20; i++) v = [v, v];
    const text = write(v);
    expect(text.includes("#0")).toBe(false);
    expect(text.split("1").length - 1).toBe(2 ** 20);
  });
});

describe("printTo", () => {
  it("streams large output in chunks that join to the whole text", () => {
    const v = L(list(range(100_000)), [new Flonum(0.5), "s\n"], mkhash("equal", s("k"), L(1)));
    const chunks: string[] = [];
    printTo(v, "print", (c) => chunks.push(c));
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join("") === print(v)).toBe(true);
  });
});

describe("printTruncated", () => {
  it("cuts text to the width with ... as Racket's ~.s does", () => {
    expect(printTruncated(list(range(100)), "write", 20)).toBe("(0 1 2 3 4 5 6 7 ...");
    expect(printTruncated(L(1, 2), "write", 20)).toBe("(1 2)");
    expect(printTruncated("abc", "display", 3)).toBe("abc");
    expect(printTruncated("abcd", "display", 3)).toBe("...");
  });

  it("stops early on huge values", () => {
    const text = printTruncated(list(range(1_000_000)), "print", 256);
    expect(text.length).toBe(256);
    expect(text.startsWith("'(0 1 2")).toBe(true);
    expect(text.endsWith("...")).toBe(true);
  });
});

describe("custom printables", () => {
  /** Prints itself through a procedure of the program: a hole, or `#<hole>` without one. */
  const holey: CustomPrintable = {
    [PRINT]: (ctx: PrintContext) => {
      if (!ctx.hole(holey)) ctx.text("#<hole>");
    },
  };

  it("leave holes where a procedure of the program prints them (printSegments)", () => {
    expect(printSegments(L(1, holey, "s"), "print")).toEqual(["'(1 ", { value: holey, mode: "print", quoted: true }, ' "s")']);
    expect(printSegments(L(1, holey), "display")).toEqual(["(1 ", { value: holey, mode: "display", quoted: false }, ")"]);
    expect(printSegments(holey, "print")).toEqual([{ value: holey, mode: "print", quoted: false }]);
    expect(printSegments(new TestStruct("p", [holey]), "write")).toEqual(["#(struct:p ", { value: holey, mode: "write", quoted: false }, ")"]);
    expect(printSegments(L(1, 2), "write")).toEqual(["(1 2)"]);
    expect(printSegments("x", "print")).toEqual(['"x"']);
  });

  it("print themselves when the output is produced in one go", () => {
    expect(print(L(1, holey))).toBe("'(1 #<hole>)");
  });

  it("get a quote and quoted parts in print mode when QUOTABLE (prefab structs)", () => {
    const prefab: CustomPrintable = {
      [QUOTABLE]: true,
      [PRINT]: (ctx: PrintContext) => {
        ctx.text("#s(p ");
        ctx.value(s("a"));
        ctx.text(" ");
        ctx.value(L(1));
        ctx.text(ctx.quoted ? " quoted)" : ")");
      },
    };
    expect(print(prefab)).toBe("'#s(p a (1) quoted)");
    expect(print(L(prefab))).toBe("'(#s(p a (1) quoted))");
    expect(write(prefab)).toBe("#s(p a (1))");
  });

  it("may be functions carrying PRINT (procedures of a later layer)", () => {
    const f = Object.assign(() => 1, { [PRINT]: (ctx: PrintContext) => ctx.text("#<procedure:f>") });
    expect(print(L(1, f))).toBe("'(1 #<procedure:f>)");
    expect(print(f)).toBe("#<procedure:f>");
    // an applicable struct that prints as an expression still forces constructor style
    const g = Object.assign(() => 1, {
      [PRINTS_AS_EXPRESSION]: true,
      [PRINT]: (ctx: PrintContext) => ctx.text(ctx.mode === "print" ? "(g)" : "#(struct:g)"),
    });
    expect(print(L(L(1), g))).toBe("(list '(1) (g))");
    expect(write(L(L(1), g))).toBe("((1) #(struct:g))");
  });

  it("print sub-values in the current quoting state", () => {
    const box = new TestStruct("p", [L(1), s("a"), "s"]);
    expect(print(box)).toBe("(p '(1) 'a \"s\")");
    expect(display(box)).toBe("#(struct:p (1) a s)");
    const opaque: CustomPrintable = {
      [PRINT]: (ctx: PrintContext) => {
        ctx.text("#<thing ");
        ctx.value(s("a"));
        ctx.text(">");
      },
    };
    expect(print(opaque)).toBe("#<thing 'a>");
    expect(print(L(opaque))).toBe("'(#<thing a>)");
  });
});

describe("values that are not Racket values", () => {
  it("prints them recognisably instead of failing", () => {
    expect(write(undefined)).toBe("#<undefined>");
    expect(write(L(null))).toBe("(#<null>)");
    expect(write(new Pair(Symbol("x"), NIL))).toBe("(#<symbol>)");
  });
});
