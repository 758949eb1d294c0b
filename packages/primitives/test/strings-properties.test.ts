// Properties of the string, format and port primitives on random data (fast-check, 1,000 runs
// each), calling the primitives directly: code point indexing agrees with JS code point arrays,
// string-split and string-join are inverses where they should be, `(format "~a" v)` is
// `display`, and `read` of `write` through a string port gives back an equal value.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  Char,
  EOF,
  Flonum,
  Keyword,
  MString,
  NIL,
  Pair,
  display,
  isEqual,
  list,
  listToArray,
  makeRational,
  sym,
  write,
  type Sym,
} from "@rlms/reader";
import { KeywordPrimitive, Primitive } from "@rlms/evaluator";
import { STRING_PRIMITIVES } from "../src/strings/strings.js";
import { formatString } from "../src/format/format.js";
import { InputPort } from "../src/ports/input-port.js";

const RUNS = { numRuns: 1000 };
const table = new Map(STRING_PRIMITIVES);

/** Calls a primitive the way the machine does (arity is the caller's business here). */
function call(name: string, args: unknown[], kws: Record<string, unknown> = {}): unknown {
  const p = table.get(name);
  if (p instanceof Primitive) return p.call(args);
  if (p instanceof KeywordPrimitive) return p.fn(args, new Map(Object.entries(kws)));
  throw new Error(`no primitive ${name}`);
}

const anyString = fc.string({ unit: "binary", maxLength: 12 });
/** Strings from a small alphabet, so that separators occur often. */
const sepString = fc.string({ unit: fc.constantFrom("a", "b", ",", " ", "😀", "\n"), maxLength: 14 });
const strings = (l: unknown): string[] => listToArray(l)!.map((s) => (s instanceof MString ? s.value : (s as string)));

describe("code point indexing", () => {
  it("string-length, string-ref and substring agree with arrays of code points", () => {
    fc.assert(
      fc.property(anyString, fc.nat(), fc.nat(), (s, x, y) => {
        const cps = [...s];
        expect(call("string-length", [s])).toBe(cps.length);
        if (cps.length > 0) expect((call("string-ref", [s, x % cps.length]) as Char).text).toBe(cps[x % cps.length]);
        const [i, j] = [x % (cps.length + 1), y % (cps.length + 1)].sort((a, b) => a - b) as [number, number];
        expect(call("substring", [s, i, j])).toBe(cps.slice(i, j).join(""));
        expect(call("substring", [new MString(s), i])).toBe(cps.slice(i).join(""));
      }),
      RUNS,
    );
  });

  it("string->list and list->string are inverses", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const chars = listToArray(call("string->list", [s]))!;
        expect(chars.map((c) => (c as Char).text)).toEqual([...s]);
        expect((call("list->string", [list(chars)]) as MString).value).toBe(s);
      }),
      RUNS,
    );
  });

  it("string-set! on a mutable string replaces one code point", () => {
    fc.assert(
      fc.property(anyString.filter((s) => s.length > 0), fc.nat(), fc.integer({ min: 0, max: 0x10ffff }), (s, x, code) => {
        fc.pre(code < 0xd800 || code > 0xdfff);
        const cps = [...s];
        const m = call("string-copy", [s]) as MString;
        call("string-set!", [m, x % cps.length, Char.of(code)]);
        cps[x % cps.length] = String.fromCodePoint(code);
        expect(m.value).toBe(cps.join(""));
      }),
      RUNS,
    );
  });

  it("string<? orders by code points", () => {
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        const ca = [...a].map((c) => c.codePointAt(0)!);
        const cb = [...b].map((c) => c.codePointAt(0)!);
        let cmp = 0;
        for (let i = 0; i < Math.min(ca.length, cb.length) && cmp === 0; i++) cmp = ca[i]! - cb[i]!;
        if (cmp === 0) cmp = ca.length - cb.length;
        expect(call("string<?", [a, b])).toBe(cmp < 0);
      }),
      RUNS,
    );
  });
});

describe("string-split and string-join", () => {
  it("joining the untrimmed split on a separator gives back the string", () => {
    fc.assert(
      fc.property(sepString, fc.constantFrom(",", " ", "a", "ab", "😀", ", "), (s, sep) => {
        expect(call("string-join", [call("string-split", [s, sep], { "trim?": false }), sep])).toBe(s);
      }),
      RUNS,
    );
  });

  it("splitting words joined by whitespace gives back the words", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "é", "😀", "-"), minLength: 1, maxLength: 5 });
    const space = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\r", "\f"), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), space, (words, sep) => {
        expect(strings(call("string-split", [call("string-join", [list(words), sep])]))).toEqual(words);
        expect(strings(call("string-split", [` ${words.join(sep)}\n`]))).toEqual(words);
      }),
      RUNS,
    );
  });

  it("splitting on a separator that no element contains gives back the elements", () => {
    const element = fc.string({ unit: fc.constantFrom("a", "b", " ", "😀"), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 6 }), (elements) => {
        expect(strings(call("string-split", [call("string-join", [list(elements), ","]), ","]))).toEqual(elements);
      }),
      RUNS,
    );
  });

  it("string-trim leaves no separator at either end, and only removes separators", () => {
    fc.assert(
      fc.property(sepString, fc.constantFrom(",", "a", "ab", "😀"), (s, sep) => {
        const t = call("string-trim", [s, sep], { "repeat?": true }) as string;
        expect(s.includes(t)).toBe(true);
        if (t.length > 0) expect(t.startsWith(sep) || t.endsWith(sep)).toBe(false);
      }),
      RUNS,
    );
  });
});

// ---- random data -------------------------------------------------------------------------------

const symbolName = fc.string({ unit: fc.constantFrom("a", "Z", "1", " ", "|", "\\", "#", "λ", "😀", ".", "'", "("), maxLength: 6 });
const atom: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n }).map((b) => (b >= -(2n ** 53n) && b <= 2n ** 53n ? Number(b) : b)).filter((x) => typeof x === "bigint" || Number.isSafeInteger(x)),
  fc.double({ noNaN: true }).map((d) => new Flonum(d)),
  fc.tuple(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: 1n, max: 1000n })).map(([n, d]) => makeRational(n, d)),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => Char.of(c)),
  symbolName.map((n): Sym => sym(n)),
  symbolName.map((n) => Keyword.intern(n)),
  fc.boolean(),
  fc.constant(NIL),
);
const datum: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    atom,
    fc.array(tie("value"), { maxLength: 4 }).map((xs) => list(xs)),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.tuple(tie("value"), tie("value")).map(([a, d]) => new Pair(a, d)),
  ),
})).value;

describe("format and read agree with the printer", () => {
  it('(format "~a" v) is (display v), and ~s is write', () => {
    fc.assert(
      fc.property(datum, (v) => {
        expect(formatString("format", "~a", [v])).toBe(display(v));
        expect(formatString("format", "<~s>", [v])).toBe(`<${write(v)}>`);
      }),
      RUNS,
    );
  });

  it("read of write through a string port gives back an equal value", () => {
    fc.assert(
      fc.property(fc.array(datum, { minLength: 1, maxLength: 3 }), (values) => {
        const port = new InputPort(values.map(write).join(" "));
        for (const v of values) {
          const back = port.readDatum();
          expect(isEqual(back, v), `${write(v)} read back as ${write(back)}`).toBe(true);
        }
        expect(port.readDatum()).toBe(EOF);
      }),
      RUNS,
    );
  });
});
