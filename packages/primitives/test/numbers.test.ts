// Hand-picked behaviour of the numeric primitives: arities, rlms's own errors (complex results,
// huge results), representation details and the cases where rlms deliberately differs from
// Racket. Racket's answers for ordinary cases are in numbers-fixture.test.ts.

import { describe, expect, it } from "vitest";
import { Flonum, Ratnum, VOID, write } from "@rlms/reader";
import { Exn, MultipleValues } from "@rlms/evaluator";
import { numberConstants, numberPrimitives } from "../src/numbers/index.js";
import { call, evalText, primitive } from "./numbers-helpers.js";

function error(f: () => unknown): Exn {
  try {
    f();
  } catch (e) {
    if (e instanceof Exn) return e;
    throw e;
  }
  throw new Error("no exception");
}

const show = (text: string): string => {
  const v = evalText(text);
  return v instanceof MultipleValues ? v.values.map(write).join(" ") : write(v);
};

describe("the primitive table", () => {
  it("has each Racket name once", () => {
    const names = numberPrimitives.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of [
      "+", "-", "*", "/", "=", "<", ">", "<=", ">=", "min", "max", "gcd", "lcm", "quotient", "remainder",
      "modulo", "abs", "expt", "exact-integer-sqrt", "sqrt", "integer-sqrt", "number->string",
      "string->number", "exact-round", "exact-floor", "exact-ceiling", "exact-truncate", "floor",
      "ceiling", "round", "truncate", "numerator", "denominator", "exact->inexact", "inexact->exact",
      "exact", "inexact", "add1", "sub1", "zero?", "positive?", "negative?", "even?", "odd?", "exact?",
      "inexact?", "integer?", "rational?", "real?", "number?", "complex?", "exact-integer?",
      "exact-nonnegative-integer?", "exact-positive-integer?", "nan?", "infinite?", "natural?",
      "fixnum?", "flonum?", "inexact-real?", "byte?", "exp", "log", "sin", "cos", "tan", "asin", "acos",
      "atan", "sqr", "bitwise-and", "bitwise-ior", "bitwise-xor", "bitwise-not", "arithmetic-shift",
      "random", "random-seed",
    ]) {
      expect(names).toContain(n);
    }
  });

  it("declares Racket's arities", () => {
    const arity = (n: string): readonly [number, number] => primitive(n).arity;
    expect(arity("+")).toEqual([0, Infinity]);
    expect(arity("*")).toEqual([0, Infinity]);
    expect(arity("-")).toEqual([1, Infinity]);
    expect(arity("/")).toEqual([1, Infinity]);
    for (const n of ["=", "<", ">", "<=", ">=", "min", "max"]) expect(arity(n)).toEqual([1, Infinity]);
    for (const n of ["gcd", "lcm", "bitwise-and", "bitwise-ior", "bitwise-xor"]) expect(arity(n)).toEqual([0, Infinity]);
    for (const n of ["quotient", "remainder", "modulo", "expt", "arithmetic-shift"]) expect(arity(n)).toEqual([2, 2]);
    for (const n of ["log", "atan", "number->string", "string->number"]) expect(arity(n)).toEqual([1, 2]);
    expect(arity("random")).toEqual([0, 2]);
    expect(arity("sqrt")).toEqual([1, 1]);
  });

  it("reports arity errors as Racket does", () => {
    const msg = (expected: string, given: number, who: string): string =>
      `${who}: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: ${expected}\n  given: ${given}`;
    expect(error(() => call("-")).message).toBe(msg("at least 1", 0, "-"));
    expect(error(() => call("/")).message).toBe(msg("at least 1", 0, "/"));
    expect(error(() => call("min")).message).toBe(msg("at least 1", 0, "min"));
    expect(error(() => call("quotient", 1)).message).toBe(msg("2", 1, "quotient"));
    expect(error(() => call("sqrt")).kind).toBe("exn:fail:contract:arity");
    expect(call("+")).toBe(0);
    expect(call("*")).toBe(1);
    expect(call("<", 1)).toBe(true);
    expect(call("=", new Flonum(NaN))).toBe(true);
  });

  it("binds pi", () => {
    expect(numberConstants).toEqual([["pi", new Flonum(3.141592653589793)]]);
  });
});

describe("fast paths", () => {
  it("the two-argument call of a variadic primitive gives the general answer", () => {
    const plus = primitive("+").fn as (...a: unknown[]) => unknown;
    expect(plus(2, 3)).toBe(5);
    expect(plus(Number.MAX_SAFE_INTEGER, 1)).toBe(2n ** 53n);
    expect(plus(1, 2, 3, 4)).toBe(10);
    const times = primitive("*").fn as (...a: unknown[]) => unknown;
    expect(Object.is(times(0, -5), 0)).toBe(true);
    expect(times(94906267, 94906267)).toBe(9007199515875289n);
    const lt = primitive("<").fn as (...a: unknown[]) => unknown;
    expect(lt(1, 2)).toBe(true);
    expect(lt(1, 2, 2)).toBe(false);
  });

  it("exact results are never -0", () => {
    for (const text of ["(* 0 -5)", "(- 0)", "(quotient 0 -5)", "(remainder -4 2)", "(modulo 4 -2)", "(round -1/2)", "(truncate -1/2)", "(inexact->exact -0.0)", "(arithmetic-shift -0 3)", "(/ 0 -7)", "(ceiling -1/2)"]) {
      const v = evalText(text);
      expect(Object.is(v, 0), text).toBe(true);
    }
  });

  it("bigints are only used outside the safe range", () => {
    expect(call("-", 2n ** 53n, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(call("quotient", 2n ** 60n, 2n ** 10n)).toBe(2 ** 50);
    expect(call("bitwise-and", 2n ** 70n - 1n, 255)).toBe(255);
    expect(call("numerator", Ratnum.unsafeMake(1n, 2n ** 70n))).toBe(1);
  });
});

describe("complex results raise", () => {
  const cases: [string, string][] = [
    ["(sqrt -4)", "sqrt: complex results are not supported; given: -4"],
    ["(sqrt -4.0)", "sqrt: complex results are not supported; given: -4.0"],
    ["(sqrt -1/4)", "sqrt: complex results are not supported; given: -1/4"],
    ["(expt -8 1/3)", "expt: complex results are not supported; given: -8 and 1/3"],
    ["(expt -1 0.5)", "expt: complex results are not supported; given: -1 and 0.5"],
    ["(expt -4 1/2)", "expt: complex results are not supported; given: -4 and 1/2"],
    ["(log -1)", "log: complex results are not supported; given: -1"],
    ["(log 10 -2)", "log: complex results are not supported; given: -2"],
    ["(asin 2)", "asin: complex results are not supported; given: 2"],
    ["(acos -1.5)", "acos: complex results are not supported; given: -1.5"],
    ["(integer-sqrt -4)", "integer-sqrt: complex results are not supported; given: -4"],
    ["(integer-sqrt/remainder -4)", "integer-sqrt/remainder: complex results are not supported; given: -4"],
  ];
  for (const [text, message] of cases) {
    it(text, () => {
      const e = error(() => evalText(text));
      expect(e.kind).toBe("exn:fail:unsupported");
      expect(e.message).toBe(message);
    });
  }

  it("but not where the value is real", () => {
    expect(show("(sqrt -0.0)")).toBe("-0.0");
    expect(show("(expt -8 3)")).toBe("-512");
    expect(show("(expt -8.0 2.0)")).toBe("64.0");
    expect(show("(log -0.0)")).toBe("-inf.0");
    expect(show("(expt -0.0 1/3)")).toBe("0.0");
  });
});

describe("huge results are refused", () => {
  it("expt and arithmetic-shift", () => {
    for (const text of ["(expt 3 (expt 2 100))", "(expt 10 100000000)", "(expt 1/3 (- (expt 2 100)))", "(arithmetic-shift 1 (expt 2 100))", "(arithmetic-shift 1 100000000)"]) {
      const e = error(() => evalText(text));
      expect(e.kind).toBe("exn:fail:resource");
      expect(e.message).toMatch(/^(expt|arithmetic-shift): out of memory$/);
    }
  });

  it("unless the result is small anyway", () => {
    expect(show("(expt 1 (expt 2 100))")).toBe("1");
    expect(show("(expt -1 (+ 1 (expt 2 100)))")).toBe("-1");
    expect(show("(expt 0 (expt 2 100))")).toBe("0");
    expect(show("(arithmetic-shift 0 (expt 2 100))")).toBe("0");
    expect(show("(arithmetic-shift -5 (- (expt 2 100)))")).toBe("-1");
    expect(show("(expt 2 100000)").length).toBe(30103);
  });
});

describe("multiple values", () => {
  it("come back as MultipleValues", () => {
    const v = call("integer-sqrt/remainder", 17);
    expect(v).toBeInstanceOf(MultipleValues);
    expect((v as MultipleValues).values).toEqual([4, 1]);
    expect(show("(quotient/remainder -7 2)")).toBe("-3 -1");
    expect(show("(exact-integer-sqrt 17)")).toBe("4 1");
    expect(show("(exact-integer-sqrt (expt 10 41))")).toBe("316227766016837933199 562477137586013626399");
  });
});

describe("deliberate differences from Racket", () => {
  it("exact-integer-sqrt accepts only exact nonnegative integers (R7RS)", () => {
    // Racket's (rnrs) exact-integer-sqrt is integer-sqrt/remainder: 4.0 gives 2.0 0.0.
    expect(error(() => call("exact-integer-sqrt", new Flonum(4))).message).toBe(
      "exact-integer-sqrt: contract violation\n  expected: exact-nonnegative-integer?\n  given: 4.0",
    );
    expect(error(() => call("exact-integer-sqrt", -1)).kind).toBe("exn:fail:contract");
  });

  it("quotient/remainder by exact 0 names itself", () => {
    // Racket 8.7: "$quotient-remainder: division by zero", an exn:fail:contract.
    const e = error(() => call("quotient/remainder", 1, 0));
    expect(e.kind).toBe("exn:fail:contract:divide-by-zero");
    expect(e.message).toBe("quotient/remainder: division by zero");
  });

  it("string->number answers #f for complex syntax", () => {
    expect(call("string->number", "1+2i")).toBe(false);
    expect(call("string->number", "1+0i")).toBe(1);
  });

  it("fixnum? uses Racket CS's 61-bit range", () => {
    expect(call("fixnum?", 2n ** 60n - 1n)).toBe(true);
    expect(call("fixnum?", 2n ** 60n)).toBe(false);
    expect(call("fixnum?", -(2n ** 60n))).toBe(true);
  });
});

describe("random", () => {
  it("random-seed makes sequences reproducible and returns void", () => {
    expect(call("random-seed", 7)).toBe(VOID);
    const a = [call("random", 10), call("random"), call("random", -3, 3)];
    call("random-seed", 7);
    const b = [call("random", 10), call("random"), call("random", -3, 3)];
    expect(b).toEqual(a);
  });

  it("checks its arguments like Racket", () => {
    expect(error(() => call("random", 0)).message).toBe(
      "random: contract violation\n  expected: (or/c (integer-in 1 4294967087) pseudo-random-generator?)\n  given: 0",
    );
    expect(error(() => call("random", 5, 5)).message).toBe(
      "random: contract violation\n  expected: (>/c 5)\n  given: 5\n  argument position: 2nd\n  other arguments...:\n   5",
    );
    expect(error(() => call("random", 0, 4294967088)).message).toBe(
      "random: difference between arguments is greater than 4294967087\n  min: 0\n  max: 4294967088",
    );
  });
});

describe("strings", () => {
  it("number->string and string->number take mutable strings and radixes", () => {
    expect(show('(number->string 255 16)')).toBe('"ff"');
    expect(show('(number->string -7/2 2)')).toBe('"-111/10"');
    expect(show('(string->number "#x10" 2)')).toBe("16");
    expect(show('(string->number "1/0")')).toBe("#f");
    expect(show('(string->number "1e500")')).toBe("+inf.0");
  });
});
