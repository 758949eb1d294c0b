// Properties of the reader, with fast-check. Counterexamples print as Scheme text (via
// fc.toStringMethod), and failing predicates throw errors that name the text that was read.
//
//   (a) readOne(write(x)) is equal? to x, for data of every readable type and nesting;
//   (b) in generated programs, every syntax node's location slices back to exactly that node's text,
//       in pre-order, and re-reading the slice gives the same datum;
//   (c) any text at all either reads or raises a ReadError, nothing else;
//   (d) cutting a valid program at whitespace gives a text that reads or is `incomplete`.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  Box,
  DatumReader,
  END,
  Flonum,
  HashTable,
  MString,
  RegexpValue,
  NIL,
  Pair,
  ReadError,
  Syntax,
  char,
  integerFromBigInt,
  isEqual,
  keyword,
  list,
  makeRational,
  readAll,
  readOne,
  readSyntaxAll,
  sym,
  syntaxToDatum,
  write,
  type HashKind,
} from "@rlms/reader";

const RUNS = { numRuns: 1000 };

/** Makes fast-check print a value as Scheme text in counterexamples. */
function shown<T>(value: T, text: () => string): { value: T } {
  return { value, [fc.toStringMethod]: text } as { value: T };
}

// ---- (a) write then read ---------------------------------------------------------------------

/** Any Unicode scalar value, weighted towards ASCII (control characters included) and delimiters. */
const scalar = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.constantFrom(..."()[]{}\"';`,@#|\\. λ\u0085\u00a0\u2028\ufeff".split("").map((c) => c.codePointAt(0)!)),
  fc.integer({ min: 0, max: 0xd7ff }),
  fc.integer({ min: 0xe000, max: 0x10ffff }),
);
const unicodeString = fc.array(scalar, { maxLength: 12 }).map((cs) => String.fromCodePoint(...cs));

/** Symbol and keyword names: anything, including names that look like numbers or need bars. */
const name = fc.oneof(
  unicodeString,
  fc.constantFrom(
    "", ".", "..", "...", "+", "-", "1", "-1", "1/2", "1e3", "1.", ".5", "+inf.0", "-nan.0", "+i", "1+2i", "#t", "#f", "#x1",
    "#%app", "#:k", "#\\a", "#", "a#", "#;", "|", "||", "a|b", "\\", "a\\b", "λ", "->", "a b", "(", "'", "`", ",", "@", "a.b",
  ),
  fc.stringMatching(/^[-+.#0-9a-z|\\]{1,6}$/),
);

const flonum = fc
  .oneof(fc.double(), fc.constantFrom(-0, 0, Infinity, -Infinity, NaN, 1e21, 1e-7, 5e-324, 0.1, 100))
  .map((d) => new Flonum(d));
const bignum = fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }).map(integerFromBigInt);
const ratnum = fc
  .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n }))
  .map(([n, d]) => makeRational(n, d));

/** Keys whose eq?-identity survives printing and reading (flonums and ratnums are fresh objects). */
const eqKey = fc.oneof(
  fc.integer(),
  name.map(sym),
  name.map(keyword),
  scalar.map(char),
  fc.boolean(),
  fc.constant(NIL),
  unicodeString,
);
const atom = fc.oneof(
  fc.integer(),
  fc.maxSafeInteger(),
  bignum,
  flonum,
  ratnum,
  unicodeString,
  unicodeString.map((s) => new MString(s)),
  fc.tuple(unicodeString, fc.boolean()).map(([s, px]) => new RegexpValue(s, px)),
  scalar.map(char),
  name.map(sym),
  name.map(keyword),
  fc.boolean(),
  fc.constant(NIL),
);

const { datum } = fc.letrec<{
  datum: unknown;
  list: unknown;
  improper: unknown;
  vector: unknown;
  box: unknown;
  hash: unknown;
}>((tie) => ({
  datum: fc.oneof({ depthSize: "small", withCrossShrink: true }, atom, tie("list"), tie("improper"), tie("vector"), tie("box"), tie("hash")),
  list: fc.array(tie("datum"), { maxLength: 5 }).map((xs) => list(xs)),
  improper: fc
    .tuple(fc.array(tie("datum"), { minLength: 1, maxLength: 4 }), tie("datum").filter((x) => x !== NIL && !(x instanceof Pair)))
    .map(([xs, tail]) => list(xs, tail)),
  vector: fc.array(tie("datum"), { maxLength: 5 }).map((xs) => Object.freeze(xs)),
  box: tie("datum").map((x) => new Box(x, false)),
  hash: fc
    .tuple(
      fc.constantFrom<HashKind>("equal", "eqv", "eq"),
      fc.array(fc.tuple(fc.oneof(atom, tie("datum")), tie("datum")), { maxLength: 4 }),
      fc.array(fc.tuple(eqKey, tie("datum")), { maxLength: 3 }),
    )
    .map(([kind, entries, eqEntries]) => {
      const t = new HashTable(kind, true);
      // eqv? keys must be atoms (eqv? on a fresh pair never matches); eq? keys must keep identity.
      const usable = kind === "equal" ? entries : kind === "eqv" ? entries.filter(([k]) => !(k instanceof Pair) && !Array.isArray(k) && !(k instanceof Box) && !(k instanceof HashTable) && !(k instanceof MString) && !(k instanceof RegexpValue)) : eqEntries;
      for (const [k, v] of usable) t.set(k, v);
      return t.copy(false);
    }),
}));

describe("(a) reading what write prints gives back an equal? datum", () => {
  it("round-trips data of every type and nesting", () => {
    fc.assert(
      fc.property(
        datum.map((x) => shown(x, () => write(x))),
        ({ value }) => {
          const text = write(value);
          let back: unknown;
          try {
            back = readOne(text);
          } catch (e) {
            throw new Error(`reading ${JSON.stringify(text)} failed: ${(e as Error).message}`);
          }
          if (!isEqual(back, value)) throw new Error(`${JSON.stringify(text)} read back as ${JSON.stringify(write(back))}`);
        },
      ),
      RUNS,
    );
  });

  it("round-trips every character and every symbol name, one at a time", () => {
    fc.assert(
      fc.property(scalar, name, (code, n) => {
        const c = char(code);
        expect(readOne(write(c)), write(c)).toBe(c);
        expect(readOne(write(sym(n))), write(sym(n))).toBe(sym(n));
        expect(readOne(write(keyword(n))), write(keyword(n))).toBe(keyword(n));
      }),
      RUNS,
    );
  });

  it("round-trips strings of arbitrary Unicode, including control and astral characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
        expect(readOne(write(s)), write(s)).toBe(s);
      }),
      RUNS,
    );
  });
});

// ---- (b) positions in generated programs -----------------------------------------------------

/** A generated program fragment: its text, and the source text of each syntax node it yields, in pre-order. */
interface Fragment {
  text: string;
  nodes: string[];
}

const ATOMS = [
  "x", "foo-bar", "->", "...", "λ", "😀", "|odd name|", "a\\ b", "#%app", "42", "-7", "123456789012345678901234567890",
  "1.5", "-0.0", "6.02e23", "1/3", "#xff", "#e1.5", "+inf.0", "+nan.0", "#t", "#false", "#\\a", "#\\space", "#\\λ",
  "#\\x41", "#\\(", '""', '"a\\n\\"b\\""', '"λ😀"', '"\\x41;"', '"two\nlines"', "#:key", "#:|k w|",
];
const atomFragment: fc.Arbitrary<Fragment> = fc.constantFrom(...ATOMS).map((a) => ({ text: a, nodes: [a] }));

/** Whitespace, optionally with comments, that always starts and ends with a delimiter. */
const gap = fc
  .tuple(
    fc.constantFrom(" ", "\n", "\t", "\r\n", "  ", "\u00a0", "\u3000"),
    fc.option(fc.constantFrom("; line comment\n", "#| block |#", "#| #| nested |# |#", "#;skipped", "#; (skipped list)", "#;#;a b"), { freq: 3 }),
    fc.constantFrom(" ", "\n", "\t"),
  )
  .map(([a, comment, b]) => (comment === null ? a : a + comment + b));
const maybeGap = fc.oneof(fc.constant(""), gap);

const PREFIXES = ["'", "`", ",", ",@", "#'", "#`", "#,", "#,@"];
const BRACKETS: [string, string][] = [["(", ")"], ["[", "]"], ["{", "}"]];

function joinWith(parts: Fragment[], gaps: string[]): string {
  return parts.map((p, i) => p.text + (i < parts.length - 1 ? gaps[i] : "")).join("");
}

const { fragment } = fc.letrec<{ fragment: Fragment; list: Fragment; vector: Fragment; prefixed: Fragment; box: Fragment; dotted: Fragment; infix: Fragment; hash: Fragment }>((tie) => ({
  fragment: fc.oneof({ depthSize: "small", withCrossShrink: true }, atomFragment, tie("list"), tie("vector"), tie("prefixed"), tie("box"), tie("dotted"), tie("infix"), tie("hash")),
  list: fc
    .tuple(fc.constantFrom(...BRACKETS), maybeGap, fc.array(tie("fragment"), { maxLength: 4 }), fc.array(gap, { minLength: 4, maxLength: 4 }), maybeGap)
    .map(([[open, close], lead, items, gaps, trail]) => {
      const text = open + lead + joinWith(items, gaps) + trail + close;
      return { text, nodes: [text, ...items.flatMap((i) => i.nodes)] };
    }),
  vector: fc
    .tuple(fc.constantFrom(...BRACKETS), fc.array(tie("fragment"), { maxLength: 4 }), fc.array(gap, { minLength: 4, maxLength: 4 }))
    .map(([[open, close], items, gaps]) => {
      const text = "#" + open + joinWith(items, gaps) + close;
      return { text, nodes: [text, ...items.flatMap((i) => i.nodes)] };
    }),
  prefixed: fc.tuple(fc.constantFrom(...PREFIXES), maybeGap, tie("fragment")).map(([prefix, g, inner]) => {
    // `,` followed directly by `@` would read as `,@`.
    const sep = prefix === "," && g === "" && inner.text.startsWith("@") ? " " : g;
    const text = prefix + sep + inner.text;
    return { text, nodes: [text, prefix, ...inner.nodes] };
  }),
  box: fc.tuple(maybeGap, tie("fragment")).map(([g, inner]) => {
    const text = "#&" + g + inner.text;
    return { text, nodes: [text, ...inner.nodes] };
  }),
  dotted: fc
    .tuple(fc.array(tie("fragment"), { minLength: 1, maxLength: 3 }), fc.array(gap, { minLength: 5, maxLength: 5 }), tie("fragment"))
    .map(([items, gaps, tail]) => {
      const text = "(" + joinWith(items, gaps) + gaps[3] + "." + gaps[4] + tail.text + ")";
      // `(a . (b c))` reads as `(a b c)`: the tail's own node is still there, with its own location.
      return { text, nodes: [text, ...items.flatMap((i) => i.nodes), ...tail.nodes] };
    }),
  infix: fc.tuple(tie("fragment"), tie("fragment"), tie("fragment"), fc.array(gap, { minLength: 4, maxLength: 4 })).map(([a, op, b, g]) => {
    const text = "(" + a.text + g[0] + "." + g[1] + op.text + g[2] + "." + g[3] + b.text + ")";
    // `(a . op . b)` reads as `(op a b)`.
    return { text, nodes: [text, ...op.nodes, ...a.nodes, ...b.nodes] };
  }),
  hash: fc
    .tuple(
      fc.constantFrom("#hash", "#hasheq", "#hasheqv"),
      fc.array(tie("fragment"), { maxLength: 3 }),
      fc.array(gap, { minLength: 3, maxLength: 3 }),
    )
    .map(([prefix, values, gaps]) => {
      // Distinct keys, so that no entry replaces another and the values keep their order.
      const entries = values.map((v, i) => `(k${i} . ${v.text})`);
      const text = prefix + "(" + entries.map((e, i) => e + (i < entries.length - 1 ? gaps[i] : "")).join("") + ")";
      return { text, nodes: [text, ...values.flatMap((v) => v.nodes)] };
    }),
}));

const program = fc
  .tuple(maybeGap, fc.array(fragment, { minLength: 1, maxLength: 4 }), fc.array(gap, { minLength: 4, maxLength: 4 }), maybeGap)
  .map(([lead, items, gaps, trail]) => {
    const p: Fragment = { text: lead + joinWith(items, gaps) + trail, nodes: items.flatMap((i) => i.nodes) };
    return shown(p, () => JSON.stringify(p.text));
  });

/** Every syntax node in pre-order: list elements, dotted tails, vector elements, box contents, hash values. */
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
    } else if (Array.isArray(e)) children.push(...e);
    else if (e instanceof Box) children.push(e.value);
    else if (e instanceof HashTable) {
      // A table lists its entries in Racket's order; the walk wants them in source order.
      const values = [...e.entries()].map(([, v]) => v as Syntax);
      children.push(...values.sort((a, b) => (a.loc?.offset ?? 0) - (b.loc?.offset ?? 0)));
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

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

const PREFIX_SYMBOL: Record<string, string> = {
  "'": "quote",
  "`": "quasiquote",
  ",": "unquote",
  ",@": "unquote-splicing",
  "#'": "syntax",
  "#`": "quasisyntax",
  "#,": "unsyntax",
  "#,@": "unsyntax-splicing",
};

describe("(b) source locations of generated programs", () => {
  it("slice back to each node's text, in pre-order, with line and column matching the offset, and re-read as the same datum", () => {
    fc.assert(
      fc.property(program, ({ value: { text, nodes } }) => {
        const found = syntaxNodes(readSyntaxAll(text, "gen.rkt"));
        const slices = found.map((n) => text.slice(n.loc!.offset, n.loc!.offset + n.loc!.span));
        expect(slices).toEqual(nodes);
        for (const n of found) {
          const loc = n.loc!;
          const slice = text.slice(loc.offset, loc.offset + loc.span);
          expect([loc.source, ...lineColumn(text, loc.offset)], `position of ${JSON.stringify(slice)}`).toEqual(["gen.rkt", loc.line, loc.column]);
          const d = syntaxToDatum(n);
          const prefix = PREFIX_SYMBOL[slice];
          if (prefix !== undefined && d === sym(prefix)) continue; // the symbol a prefix introduces
          const again = readOne(slice);
          if (!isEqual(again, d)) throw new Error(`${JSON.stringify(slice)} re-reads as ${write(again)}, but the node holds ${write(d)}`);
        }
      }),
      RUNS,
    );
  });
});

// ---- (c) arbitrary text ----------------------------------------------------------------------

/** Reads `text` every way there is; anything other than data or a well-formed ReadError fails. */
function readsOrReadError(text: string): void {
  const attempts: [string, () => void][] = [
    ["readAll", () => readAll(text)],
    ["readSyntaxAll", () => readSyntaxAll(text)],
    [
      "DatumReader.next",
      () => {
        const r = new DatumReader(text);
        while (r.next() !== END) {
          if (r.offset > text.length) throw new Error(`offset ${r.offset} beyond the text`);
        }
      },
    ],
  ];
  for (const [how, attempt] of attempts) {
    try {
      attempt();
    } catch (e) {
      if (!(e instanceof ReadError)) {
        throw new Error(`${how}(${JSON.stringify(text)}) threw ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`);
      }
      if (!(e.offset >= 0 && e.offset <= text.length)) throw new Error(`${JSON.stringify(text)}: offset ${e.offset} out of range`);
      const [line, column] = lineColumn(text, e.offset);
      if (e.line !== line || e.column !== column) {
        throw new Error(`${JSON.stringify(text)}: "${e.message}" at ${e.line}:${e.column}, but offset ${e.offset} is ${line}:${column}`);
      }
      if (typeof e.incomplete !== "boolean" || e.message === "") throw new Error(`${JSON.stringify(text)}: malformed ReadError`);
    }
  }
}

const schemeish = fc
  .array(
    fc.oneof(
      fc.constantFrom(..."()[]{}#|;\"\\'`.,@ \n\t\r".split("")),
      fc.constantFrom("a", "x", "λ", "😀", "0", "1", "9", "e", "+", "-", "/", ":", "&", "%", "!", "s", "h", "t", "f", "u", "x41"),
      fc.constantFrom("#\\", "#|", "|#", "#;", "#(", "#hash(", "#hasheq[", "#&", "#:", "#lang ", "#!", "#x", "#e", "#'", "#,@", ",@", " . ", "\\x", "\\u", "1/", "+inf.0", "\u0085", "\u00a0"),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** Any UTF-16 code units, lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 30 });

describe("(c) any text reads or raises a ReadError", () => {
  it.each([
    ["fc.string()", fc.string()],
    ["binary (any code point)", fc.string({ unit: "binary" })],
    ["graphemes", fc.string({ unit: "grapheme" })],
    ["UTF-16 code units with lone surrogates", codeUnits],
    ["a Scheme-ish alphabet", schemeish],
  ])("%s", (_label, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => readsOrReadError(text)),
      { numRuns: 2000 },
    );
  });
});

// ---- (d) cut programs are incomplete, never wrong --------------------------------------------

describe("(d) a valid program cut at whitespace reads, or is an incomplete datum", () => {
  it("never raises a complete (non-incomplete) error on a prefix ending before whitespace", () => {
    fc.assert(
      fc.property(program, ({ value: { text } }) => {
        readAll(text); // the whole program is valid
        for (let i = 0; i < text.length; i++) {
          if (!/\s/.test(text[i]!)) continue;
          const prefix = text.slice(0, i);
          try {
            readAll(prefix);
          } catch (e) {
            if (!(e instanceof ReadError) || !e.incomplete) {
              throw new Error(`${JSON.stringify(prefix)}: ${(e as Error).message} (incomplete: ${(e as ReadError).incomplete})`);
            }
          }
        }
      }),
      RUNS,
    );
  });
});
