// jsexpr round trips on generated values: (string->jsexpr (jsexpr->string x)) is equal? to x for
// both encodings; what jsexpr->string writes is JSON that JS's JSON.parse reads as the same
// value; and string->jsexpr reads what JSON.stringify writes.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Flonum, HashTable, NIL, Pair, Sym, integerFromBigInt, isEqual, sym, write } from "@rlms/reader";
import { readJson } from "../src/json/reader.js";
import { isJsexpr, writeJson, type JsonEncoding } from "../src/json/writer.js";
import { outcome } from "./recorded-cases.js";

const NULL = sym("null");

/** Strings of any Unicode scalar values (a Scheme string holds no lone surrogates). */
const text = fc.string({
  unit: fc
    .integer({ min: 0, max: 0x10ffff })
    .filter((c) => c < 0xd800 || c > 0xdfff)
    .map((c) => String.fromCodePoint(c)),
  maxLength: 8,
});

/**
 * jsexprs. Flonums exclude -0.0: Racket writes it as -0.0 and reads that back as 0.0 (its
 * reader multiplies the exact digits by the sign), so -0.0 does not round-trip in Racket either.
 */
const { jsexpr } = fc.letrec<{ jsexpr: unknown; leaf: unknown; list: unknown; object: unknown }>((tie) => ({
  jsexpr: fc.oneof({ depthSize: "small", withCrossShrink: true }, tie("leaf"), tie("list"), tie("object")),
  leaf: fc.oneof(
    fc.integer(),
    fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(integerFromBigInt),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)).map((d) => new Flonum(d)),
    fc.boolean(),
    fc.constant(NULL),
    text,
  ),
  list: fc.array(tie("jsexpr"), { maxLength: 4 }).map((items) => items.reduceRight<unknown>((l, x) => new Pair(x, l), NIL)),
  object: fc.uniqueArray(fc.tuple(text, tie("jsexpr")), { selector: (e) => e[0], maxLength: 4 }).map((entries) => {
    const t = new HashTable("eq", false);
    for (const [k, v] of entries) t.set(sym(k), v);
    return t;
  }),
}));

const encodingArb = fc.constantFrom<JsonEncoding>("control", "all");

const read = (s: string): unknown => readJson(Buffer.from(s, "utf8"), { who: "string->jsexpr", jsnull: NULL, source: "string" }).value;

/** What JSON.parse should make of a jsexpr. */
function toJs(x: unknown): unknown {
  if (x instanceof Flonum) return x.value;
  if (typeof x === "bigint") return Number(x);
  if (x === NULL) return null;
  if (x === NIL || x instanceof Pair) {
    const out: unknown[] = [];
    for (let p: unknown = x; p instanceof Pair; p = p.cdr) out.push(toJs(p.car));
    return out;
  }
  if (x instanceof HashTable) return Object.fromEntries([...x.entries()].map(([k, v]) => [(k as Sym).name, toJs(v)]));
  return x;
}

/** What string->jsexpr should make of a JS value JSON.stringify wrote. */
function fromJs(v: unknown): unknown {
  if (v === null) return NULL;
  // JSON.stringify writes integers below 1e21 as digits (exact for string->jsexpr), others with an exponent.
  if (typeof v === "number") return Number.isInteger(v) && Math.abs(v) < 1e21 ? integerOfText(JSON.stringify(v)) : new Flonum(v);
  if (Array.isArray(v)) return v.reduceRight<unknown>((l, x) => new Pair(fromJs(x), l), NIL);
  if (typeof v === "object") {
    const t = new HashTable("eq", false);
    for (const [k, x] of Object.entries(v as object)) t.set(sym(k), fromJs(x));
    return t;
  }
  return v;
}

const integerOfText = (s: string): unknown => integerFromBigInt(BigInt(s));

describe("jsexpr round trips", () => {
  it("(string->jsexpr (jsexpr->string x)) is equal? to x, for both encodings", () => {
    fc.assert(
      fc.property(jsexpr, encodingArb, (x, encoding) => {
        expect(isJsexpr(x, NULL)).toBe(true);
        const s = writeJson("jsexpr->string", x, NULL, encoding);
        const back = read(s);
        if (!isEqual(back, x)) expect(write(back)).toBe(write(x));
      }),
      { numRuns: 1000 },
    );
  });

  it("writes JSON that JSON.parse reads as the same value (and 'all writes only ASCII)", () => {
    fc.assert(
      fc.property(jsexpr, encodingArb, (x, encoding) => {
        const s = writeJson("jsexpr->string", x, NULL, encoding);
        expect(JSON.parse(s)).toEqual(toJs(x));
        if (encoding === "all") expect(/^[\x20-\x7e]*$/.test(s)).toBe(true);
        expect(s).not.toMatch(/[\x00-\x1f\x7f]/);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads what JSON.stringify writes (with and without whitespace)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        const s = pretty ? JSON.stringify(v, null, 2) : JSON.stringify(v);
        const got = read(s);
        const want = fromJs(JSON.parse(s));
        if (!isEqual(got, want)) expect(write(got)).toBe(write(want));
      }),
      { numRuns: 1000 },
    );
  });

  it("the Scheme procedures round-trip too, and honour json-null", () => {
    expect(outcome(`(let ([x (string->jsexpr "{\\"a\\":[1,2.5,null,true,\\"\\\\u00e9\\"],\\"b\\":{}}")]) (list (equal? x (string->jsexpr (jsexpr->string x))) (jsexpr->string x)))`)).toEqual({
      out: "",
      values: ['(#t "{\\"a\\":[1,2.5,null,true,\\"é\\"],\\"b\\":{}}")'],
    });
    expect(outcome(`(parameterize ([json-null #f]) (list (string->jsexpr "[null]") (jsexpr->string '(#f)) (jsexpr? '(#f))))`)).toEqual({
      out: "",
      values: ['((#f) "[false]" #t)'],
    });
  });
});
