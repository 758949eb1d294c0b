// Scheme values at the host boundary: contexts come in as JSON data and become jsexprs (hashes
// with symbol keys, lists, 'null); results go out as display text and as JSON-able values.

import {
  Flonum,
  HashTable,
  MString,
  NIL,
  Pair,
  Ratnum,
  Sym,
  Syntax,
  VOID,
  display,
  exactToDouble,
  list,
  sym,
} from "@rlms/reader";
import { MultipleValues } from "@rlms/evaluator";

/**
 * A JSON value as Scheme data, the way `string->jsexpr` reads it. Anything JSON cannot hold (a
 * function, undefined, a bigint, a non-finite number) is a TypeError naming where it is.
 */
export function fromJson(v: unknown, path = "the data"): unknown {
  if (v === null) return sym("null");
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number" && Number.isFinite(v)) return Number.isInteger(v) ? v : new Flonum(v);
  if (Array.isArray(v)) return list(v.map((x, i) => fromJson(x, `${path}[${i}]`)));
  if (typeof v === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(v))) {
    const h = new HashTable("eq", false);
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) h.set(sym(k), fromJson(x, `${path}.${k}`));
    return h;
  }
  const what = typeof v === "object" ? `a ${(v as object).constructor?.name ?? "non-plain"} object` : typeof v === "number" ? String(v) : `a ${typeof v}`;
  throw new TypeError(`not JSON data: ${path} is ${what}; pass a string, or JSON values (objects, arrays, strings, finite numbers, booleans, null)`);
}

/**
 * A JSON-able rendering of a result for the host: strings, numbers and booleans as themselves,
 * lists and vectors as arrays, hashes as objects (keys in display form), syntax objects (model
 * answers) as what they wrap, 'null and void as null; anything else in display form.
 */
export function toJson(v: unknown, depth = 0): unknown {
  if (depth > 1000) return display(v);
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Flonum) return Number.isFinite(v.value) ? v.value : display(v);
  if (v instanceof Ratnum) return exactToDouble(v);
  if (v instanceof MString) return v.value;
  if (v === VOID || (v instanceof Sym && v.name === "null")) return null;
  if (v instanceof Sym) return v.name;
  if (v instanceof Syntax) return toJson(v.e, depth + 1);
  if (v === NIL) return [];
  if (v instanceof Pair) {
    const out: unknown[] = [];
    let p: unknown = v;
    for (; p instanceof Pair; p = p.cdr) out.push(toJson(p.car, depth + 1));
    return p === NIL ? out : display(v);
  }
  if (Array.isArray(v)) return v.map((x) => toJson(x, depth + 1));
  if (v instanceof HashTable) {
    // defineProperty, not assignment: a key named "__proto__" must be a key, not the prototype.
    const out: Record<string, unknown> = {};
    for (const [key, value] of v.entryList()) {
      Object.defineProperty(out, typeof key === "string" ? key : display(key), { value: toJson(value, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (v instanceof MultipleValues) return v.values.map((x) => toJson(x, depth + 1));
  return display(v);
}
