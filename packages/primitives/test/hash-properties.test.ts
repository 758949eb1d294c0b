// Hash tables against a JS Map model, on random sequences of set / remove / lookup operations,
// for the three equalities, mutable and immutable (the persistent trie), with keys that the
// equalities tell apart differently: fresh copies of lists and strings (equal? but not eqv?),
// flonums (eqv? but not eq?), fixnums, bignums, symbols, chars. Then the same through the
// Scheme procedures (one evaluator for all runs: each program redefines what it uses), and the
// persistence of every immutable version. Order: an immutable table lists its entries in
// Racket's trie order when all its keys have reproducible Racket hash codes, a mutable one in
// Racket's bucket order (both checked against Racket in the reader's hash-order.test.ts); either
// keeps insertion order when a key has none.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Char, Flonum, HashTable, MString, Pair, NIL, racketHashCode, racketOrder, sym, write, type HashKind } from "@rlms/reader";
import { outcome } from "./recorded-cases.js";

/** Key templates: each makes a key, fresh or shared. */
const TEMPLATES: Array<() => unknown> = [
  () => 1,
  () => 2,
  () => -7,
  () => 2n ** 70n,
  () => new Flonum(1),
  () => new Flonum(NaN),
  () => new Flonum(-0),
  () => new Flonum(0),
  () => sym("a"),
  () => sym("b"),
  () => "str",
  () => new MString("str"),
  () => new MString("other"),
  () => new Pair(1, new Pair(2, NIL)),
  () => new Pair(sym("a"), NIL),
  () => [1, 2],
  () => Char.of(0x3bb),
  () => true,
  () => NIL,
];

const identities = new WeakMap<object, number>();
let nextIdentity = 0;
function identity(o: object): string {
  let id = identities.get(o);
  if (id === undefined) identities.set(o, (id = nextIdentity++));
  return `#${id}`;
}

/** The model's Map key: equal keys (for the table's equality) map to the same string. */
function canonical(kind: HashKind, key: unknown): string {
  const isObject = typeof key === "object" && key !== null;
  if (kind === "equal") return typeof key === "string" ? write(key) : key instanceof MString ? write(key.value) : write(key);
  // eqv?: flonums by value (write distinguishes -0.0 and 0.0, and all NaNs are +nan.0); other
  // objects by identity, except the interned ones (symbols, chars, '()).
  if (key instanceof Flonum) return kind === "eqv" ? `fl:${write(key)}` : identity(key);
  if (isObject && !(key instanceof Char) && key !== NIL && !(key.constructor.name === "Sym")) return identity(key);
  return `v:${typeof key}:${write(key)}`;
}

/** Whether a mutable table of this kind can list `keys` in Racket's order (racket-buckets.ts). */
function mutableOrderKnown(kind: HashKind, keys: readonly unknown[]): boolean {
  return keys.every((k) => (kind === "equal" ? racketHashCode(k, "equal") !== undefined : typeof k === "number" || typeof k === "bigint"));
}

/** The entries in the order an immutable table lists them: Racket's, or insertion order. */
function immutableOrder(kind: HashKind, entries: ReadonlyArray<[unknown, unknown]>): Array<[unknown, unknown]> {
  const order = racketOrder(entries.map((e) => e[0]), kind);
  return order === undefined ? [...entries] : order.map((k) => entries.find((e) => e[0] === k)!);
}

/** Entries compared without their order. */
const unordered = (entries: Iterable<[unknown, unknown]>): string[] => [...entries].map(([k, v]) => `${write(k)}=${write(v)}`).sort();

type Op = { op: "set"; key: number; fresh: boolean; value: number } | { op: "remove"; key: number; fresh: boolean } | { op: "ref"; key: number; fresh: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant("set" as const), key: fc.nat(TEMPLATES.length - 1), fresh: fc.boolean(), value: fc.integer() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("remove" as const), key: fc.nat(TEMPLATES.length - 1), fresh: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("ref" as const), key: fc.nat(TEMPLATES.length - 1), fresh: fc.boolean() }) },
);

const kindArb = fc.constantFrom<HashKind>("eq", "eqv", "equal");

/** Shared instances of each template, so that "not fresh" keys are the identical object. */
function keyMaker(): (op: Op) => unknown {
  const shared = TEMPLATES.map((t) => t());
  return (op) => (op.fresh ? TEMPLATES[op.key]!() : shared[op.key]);
}

describe("HashTable against a Map model", () => {
  it("mutable tables: set, delete, lookups, count, and insertion order without Racket's", () => {
    fc.assert(
      fc.property(kindArb, fc.array(opArb, { maxLength: 60 }), (kind, ops) => {
        const table = new HashTable(kind, true);
        const model = new Map<string, [unknown, unknown]>();
        const key = keyMaker();
        for (const op of ops) {
          const k = key(op);
          const c = canonical(kind, k);
          if (op.op === "set") {
            table.set(k, op.value);
            // A mutable table keeps the first key and its place (as hash-set! does).
            const old = model.get(c);
            model.set(c, [old === undefined ? k : old[0], op.value]);
          } else if (op.op === "remove") {
            expect(table.delete(k)).toBe(model.delete(c));
          } else {
            expect(table.getOr(k, "absent")).toBe(model.get(c)?.[1] ?? "absent");
            expect(table.has(k)).toBe(model.has(c));
          }
          expect(table.size).toBe(model.size);
        }
        const entries = [...model.values()];
        if (mutableOrderKnown(kind, entries.map((e) => e[0]))) expect(unordered(table.entries())).toEqual(unordered(entries));
        else expect([...table.entries()]).toEqual(entries);
      }),
      { numRuns: 1000 },
    );
  });

  it("immutable tables: every version keeps its contents and order", () => {
    fc.assert(
      fc.property(kindArb, fc.array(opArb, { maxLength: 60 }), (kind, ops) => {
        let table = new HashTable(kind, false);
        let model = new Map<string, [unknown, unknown]>();
        const versions: Array<[HashTable, Map<string, [unknown, unknown]>]> = [[table, model]];
        const key = keyMaker();
        for (const op of ops) {
          const k = key(op);
          const c = canonical(kind, k);
          if (op.op === "set") {
            table = table.withSet(k, op.value);
            // A functional update stores the new key, in the old key's place.
            model = new Map(model).set(c, [k, op.value]);
          } else if (op.op === "remove") {
            const next = table.withDelete(k);
            expect(next === table).toBe(!model.has(c));
            table = next;
            model = new Map(model);
            model.delete(c);
          } else {
            expect(table.getOr(k, "absent")).toBe(model.get(c)?.[1] ?? "absent");
            expect(table.keyOr(k, "absent")).toBe(model.get(c)?.[0] ?? "absent");
          }
          expect(table.size).toBe(model.size);
          versions.push([table, model]);
        }
        for (const [t, m] of versions) {
          expect(t.mutable).toBe(false);
          expect(t.size).toBe(m.size);
          expect([...t.entries()]).toEqual(immutableOrder(kind, [...m.values()]));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("many keys (deep tries): integers, strings and lists, immutable and mutable", () => {
    const keyArb = fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.string({ maxLength: 3 }), fc.array(fc.nat(3), { maxLength: 3 }));
    const bigOp = fc.tuple(fc.constantFrom("set", "set", "set", "remove"), keyArb, fc.integer());
    fc.assert(
      fc.property(fc.boolean(), fc.array(bigOp, { minLength: 100, maxLength: 400 }), (mutable, ops) => {
        let table = new HashTable("equal", mutable);
        const model = new Map<string, [unknown, unknown]>();
        const toKey = (k: number | string | number[]): unknown => (Array.isArray(k) ? k.reduceRight<unknown>((l, x) => new Pair(x, l), NIL) : k);
        for (const [op, k, v] of ops) {
          const key = toKey(k);
          const c = write(key);
          if (op === "set") {
            if (mutable) table.set(key, v);
            else table = table.withSet(key, v);
            model.set(c, [mutable ? (model.get(c)?.[0] ?? key) : key, v]);
          } else {
            if (mutable) table.delete(key);
            else table = table.withDelete(key);
            model.delete(c);
          }
        }
        expect(table.size).toBe(model.size);
        for (const [, [k, v]] of model) expect(table.get(k)).toBe(v);
        const entries = [...model.values()];
        if (mutable) expect(unordered(table.entries())).toEqual(unordered(entries));
        else expect([...table.entries()].map(([k, v]) => [write(k), v])).toEqual(immutableOrder("equal", entries).map(([k, v]) => [write(k), v]));
      }),
      { numRuns: 300 },
    );
  });

  it("survives hash collisions (keys whose 32-bit hash codes are equal)", () => {
    // Lists longer than the hashing budget hash alike when their first 64 nodes agree.
    const long = (tail: number) => {
      let l: unknown = new Pair(tail, NIL);
      for (let i = 0; i < 80; i++) l = new Pair(0, l);
      return l;
    };
    let t = new HashTable("equal", false);
    for (let i = 0; i < 50; i++) t = t.withSet(long(i), i);
    expect(t.size).toBe(50);
    for (let i = 0; i < 50; i++) expect(t.get(long(i))).toBe(i);
    for (let i = 0; i < 50; i += 2) t = t.withDelete(long(i));
    expect(t.size).toBe(25);
    expect(t.keys().length).toBe(25);
    for (let i = 0; i < 50; i++) expect(t.getOr(long(i), "gone")).toBe(i % 2 === 0 ? "gone" : i);
  });

  it("builds a 100,000-entry immutable table by functional update in well under a second", () => {
    const t0 = performance.now();
    let t = new HashTable("equal", false);
    for (let i = 0; i < 100_000; i++) t = t.withSet(i, i);
    expect(t.size).toBe(100_000);
    expect(t.get(99_999)).toBe(99_999);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe("the Scheme hash procedures against a Map model", () => {
  // The same key templates, as Scheme: a shared instance of each, and an expression that makes
  // a fresh one (fresh flonums are computed: a literal is one object).
  const KEYS: Array<{ shared: string; fresh: string; value: string; identity: "never" | "eq" | "always" }> = [
    { shared: "1", fresh: "1", value: "1", identity: "never" },
    { shared: "(expt 2 70)", fresh: "(expt 2 70)", value: "big", identity: "never" },
    { shared: "(exact->inexact 1)", fresh: "(exact->inexact 1)", value: "1.0", identity: "eq" },
    { shared: "(/ 0.0 0.0)", fresh: "(/ 0.0 0.0)", value: "+nan.0", identity: "eq" },
    { shared: "(- 0.0)", fresh: "(- 0.0)", value: "-0.0", identity: "eq" },
    { shared: "(exact->inexact 0)", fresh: "(exact->inexact 0)", value: "0.0", identity: "eq" },
    { shared: "'a", fresh: "'a", value: "a", identity: "never" },
    { shared: '"str"', fresh: '"str"', value: '"str"', identity: "never" },
    { shared: '(string-copy "str")', fresh: '(string-copy "str")', value: '"str"', identity: "always" },
    { shared: "(list 1 2)", fresh: "(list 1 2)", value: "(1 2)", identity: "always" },
    { shared: "(list->vector '(a))", fresh: "(list->vector '(a))", value: "#(a)", identity: "always" },
    { shared: "#\\λ", fresh: "#\\λ", value: "λ", identity: "never" },
  ];
  const schemeOp: fc.Arbitrary<Op> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ op: fc.constant("set" as const), key: fc.nat(KEYS.length - 1), fresh: fc.boolean(), value: fc.integer({ min: -99, max: 99 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant("remove" as const), key: fc.nat(KEYS.length - 1), fresh: fc.boolean() }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant("ref" as const), key: fc.nat(KEYS.length - 1), fresh: fc.boolean() }) },
  );
  const CONSTRUCTORS: Record<HashKind, [string, string]> = {
    eq: ["(hasheq)", "(make-hasheq)"],
    eqv: ["(hasheqv)", "(make-hasheqv)"],
    equal: ["(hash)", "(make-hash)"],
  };

  it("hash-set(!), hash-remove(!), hash-ref and hash-count agree with the model", () => {
    fc.assert(
      fc.property(kindArb, fc.boolean(), fc.array(schemeOp, { maxLength: 30 }), (kind, mutable, ops) => {
        const model = new Map<string, number>();
        const refs: string[] = [];
        const lines = ops.map((op, i) => {
          const key = KEYS[op.key]!;
          const byIdentity = key.identity === "always" || (key.identity === "eq" && kind === "eq");
          const c = kind !== "equal" && byIdentity ? (op.fresh ? `fresh${i}` : `shared${op.key}`) : key.value;
          const k = op.fresh ? key.fresh : `k${op.key}`;
          if (op.op === "set") {
            model.set(c, op.value);
            return mutable ? `(hash-set! h ${k} ${op.value})` : `(set! h (hash-set h ${k} ${op.value}))`;
          }
          if (op.op === "remove") {
            model.delete(c);
            return mutable ? `(hash-remove! h ${k})` : `(set! h (hash-remove h ${k}))`;
          }
          refs.push(String(model.get(c) ?? "absent"));
          return `(set! refs (cons (hash-ref h ${k} 'absent) refs))`;
        });
        const program =
          KEYS.map((k, i) => `(define k${i} ${k.shared})`).join(" ") +
          `(define h ${CONSTRUCTORS[kind][mutable ? 1 : 0]}) (define refs '())\n${lines.join("\n")}\n` +
          `(list (hash-count h) (reverse refs))`;
        expect(outcome(program)).toEqual({ out: "", values: [`(${model.size} (${refs.join(" ")}))`] });
      }),
      { numRuns: 1000 },
    );
  });
});
