// Flonum and number formatting against text recorded from Racket 8.7 (fixtures/flonums.json,
// produced by fixtures/flonums.rkt).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Flonum, Ratnum, flonumToString, numberToString } from "@rlms/reader";
import { layout } from "../src/print/flonum.js";

interface Fixture {
  random: [string, string][];
  dyadic: [string, string][];
  grid: [string, string][];
}

const fixture = JSON.parse(readFileSync(new URL("./fixtures/flonums.json", import.meta.url), "utf8")) as Fixture;

const view = new DataView(new ArrayBuffer(8));
function fromHex(hex: string): number {
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}

/** The general rule, bypassing the fast path. */
const slow = (x: number): string => (Number.isFinite(x) && x !== 0 ? layout(x < 0, Math.abs(x)) : flonumToString(x));

function mismatches(cases: [number, string][], f: (x: number) => string): string[] {
  const bad: string[] = [];
  for (const [x, text] of cases) {
    const got = f(x);
    if (got !== text) bad.push(`${x}: racket ${text}, ours ${got}`);
  }
  return bad;
}

describe("flonumToString", () => {
  it("prints the special values", () => {
    expect(flonumToString(Infinity)).toBe("+inf.0");
    expect(flonumToString(-Infinity)).toBe("-inf.0");
    expect(flonumToString(NaN)).toBe("+nan.0");
    expect(flonumToString(0)).toBe("0.0");
    expect(flonumToString(-0)).toBe("-0.0");
  });

  it("matches Racket on hand-picked values", () => {
    // (for ([x (list ...)]) (displayln x)) in Racket 8.7
    const cases: [number, string][] = [
      [1e13, "10000000000000.0"],
      [1e14, "1e+14"],
      [1.5e14, "1.5e+14"],
      [1e21, "1e+21"],
      [1e22, "1e+22"],
      [123456789012345678, "123456789012345680.0"],
      [1234567890123400, "1234567890123400.0"],
      [1e-4, "0.0001"],
      [1e-5, "1e-5"],
      [1.5e-5, "1.5e-5"],
      [0.0001234, "0.0001234"],
      [1e-7, "1e-7"],
      [1.7976931348623157e308, "1.7976931348623157e+308"],
      [5e-324, "5e-324"],
      [100, "100.0"],
      [1.5, "1.5"],
      [-1.5, "-1.5"],
      [0.1, "0.1"],
      [1 / 3, "0.3333333333333333"],
      [12345678901234567, "12345678901234568.0"],
      [2.5e14, "2.5e+14"],
      [1.234e17, "1.234e+17"],
      [100000000000000.02, "100000000000000.02"],
      [123456789012345.67, "123456789012345.67"],
      [0.00012345678901234567, "0.00012345678901234567"],
      [-0.00001, "-1e-5"],
      [1.2345678901234567e13, "12345678901234.566"],
      [1.23e22, "1.23e+22"],
      [99999999999999.98, "99999999999999.98"],
      [999999999999999.9, "999999999999999.9"],
      [1e23, "1e+23"],
      // ties: Racket takes the larger candidate, JS the even one
      [600811980078226.25, "600811980078226.3"],
      [-600811980078226.25, "-600811980078226.3"],
      [719407002218.78125, "719407002218.7813"],
    ];
    expect(mismatches(cases, flonumToString)).toEqual([]);
    expect(mismatches(cases, slow)).toEqual([]);
  });

  it("matches Racket on the grid of exponents -12..24 and 1..17 significant digits", () => {
    const cases: [number, string][] = [];
    for (const [decimal, text] of fixture.grid) {
      cases.push([Number(decimal), text], [-Number(decimal), "-" + text]);
    }
    expect(cases.length).toBeGreaterThan(3000);
    expect(mismatches(cases, flonumToString)).toEqual([]);
    expect(mismatches(cases, slow)).toEqual([]);
  });

  it("matches Racket on 2,000 random doubles", () => {
    const cases = fixture.random.map(([hex, text]): [number, string] => [fromHex(hex), text]);
    expect(cases.length).toBe(2000);
    expect(mismatches(cases, flonumToString)).toEqual([]);
    expect(mismatches(cases, slow)).toEqual([]);
  });

  it("matches Racket on dyadic doubles, including ties between two shortest digit strings", () => {
    const cases = fixture.dyadic.map(([hex, text]): [number, string] => [fromHex(hex), text]);
    // The fixture must exercise the tie rule: many of its values print differently in JS.
    const differFromJs = cases.filter(([x, text]) => !text.includes("e") && String(x) !== text && String(x) + ".0" !== text);
    expect(differFromJs.length).toBeGreaterThan(100);
    expect(mismatches(cases, flonumToString)).toEqual([]);
    expect(mismatches(cases, slow)).toEqual([]);
  });
});

describe("numberToString", () => {
  it("prints exact integers in radixes 2, 8, 10 and 16, lowercase", () => {
    // (number->string 255 16) and friends in Racket 8.7
    expect(numberToString(255, 16)).toBe("ff");
    expect(numberToString(-255, 16)).toBe("-ff");
    expect(numberToString(5, 2)).toBe("101");
    expect(numberToString(-8, 8)).toBe("-10");
    expect(numberToString(0, 2)).toBe("0");
    expect(numberToString(123456789012345678901234567890n, 16)).toBe("18ee90ff6c373e0ee4e3f0ad2");
    expect(numberToString(123456789012345678901234567890n)).toBe("123456789012345678901234567890");
    expect(numberToString(-9007199254740991)).toBe("-9007199254740991");
  });

  it("accepts any radix 2..36 (Racket's number->string itself allows only 2, 8, 10, 16)", () => {
    expect(numberToString(35, 36)).toBe("z");
    expect(numberToString(10, 3)).toBe("101");
  });

  it("prints rationals, in a radix too", () => {
    expect(numberToString(Ratnum.unsafeMake(1n, 3n))).toBe("1/3");
    expect(numberToString(Ratnum.unsafeMake(-7n, 2n))).toBe("-7/2");
    expect(numberToString(Ratnum.unsafeMake(1n, 3n), 2)).toBe("1/11");
    expect(numberToString(Ratnum.unsafeMake(-1n, 3n), 8)).toBe("-1/3");
    expect(numberToString(Ratnum.unsafeMake(-255n, 256n), 16)).toBe("-ff/100");
  });

  it("prints flonums in radix 10 only, with Racket's error otherwise", () => {
    expect(numberToString(new Flonum(1.5))).toBe("1.5");
    expect(() => numberToString(new Flonum(1.5), 2)).toThrow(
      "number->string: inexact numbers can only be printed in base 10\n  number: 1.5\n  requested base: 2",
    );
  });
});
