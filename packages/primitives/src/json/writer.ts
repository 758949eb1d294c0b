// jsexpr to JSON text, as Racket 8.7's write-json writes it: no spaces (`{"a":1,"b":[1,2]}`),
// object keys in sorted order (write-json asks hash-for-each for try-order), numbers as `write`
// prints them (1e+21, 100.0, -0.0), and strings with only control characters, `"`, `\` and
// DEL escaped (#:encode 'control), or everything beyond ASCII too (#:encode 'all, astral
// characters as two \u escapes).

import { Flonum, HashTable, NIL, Pair, Sym, isSchemeString, sortForConstructor, stringValue, write } from "@rlms/reader";
import { Exn, errorValue } from "@rlms/evaluator";

export type JsonEncoding = "control" | "all";

/** raise-type-error's message: `who: expected argument of type <what>; given: v`. */
function typeError(who: string, what: string, v: unknown): Exn {
  return new Exn("exn:fail:contract", `${who}: expected argument of type <${what}>; given: ${errorValue(v)}`);
}

const isJsonNumber = (x: unknown): boolean =>
  (typeof x === "number" || typeof x === "bigint" || (x instanceof Flonum && Number.isFinite(x.value)));

/** `jsexpr?`: integers, finite flonums, booleans, strings, the null value, lists and symbol-keyed tables. */
export function isJsexpr(x: unknown, jsnull: unknown): boolean {
  const pending: unknown[] = [x];
  while (pending.length > 0) {
    const v = pending.pop();
    if (isJsonNumber(v) || typeof v === "boolean" || isSchemeString(v) || v === jsnull) continue;
    if (v === NIL || v instanceof Pair) {
      let p: unknown = v;
      for (; p instanceof Pair; p = p.cdr) pending.push(p.car);
      if (p !== NIL) return false;
    } else if (v instanceof HashTable) {
      for (const [k, val] of v.entryList()) {
        if (!(k instanceof Sym)) return false;
        pending.push(val);
      }
    } else return false;
  }
  return true;
}

function escapeChar(c: number): string {
  switch (c) {
    case 0x08:
      return "\\b";
    case 0x0a:
      return "\\n";
    case 0x0d:
      return "\\r";
    case 0x0c:
      return "\\f";
    case 0x09:
      return "\\t";
    case 0x5c:
      return "\\\\";
    case 0x22:
      return '\\"';
  }
  const u = (n: number) => "\\u" + n.toString(16).padStart(4, "0");
  if (c < 0x10000) return u(c);
  const n = c - 0x10000;
  return u(0xd800 + (n >> 10)) + u(0xdc00 + (n & 0x3ff));
}

const CONTROL = /[\0-\x1f\\"\x7f]/g;
const ALL = /[\0-\x1f\\"\x7f-\u{10ffff}]/gu;

function jsonString(s: string, encoding: JsonEncoding): string {
  return `"${s.replace(encoding === "control" ? CONTROL : ALL, (m) => escapeChar(m.codePointAt(0)!))}"`;
}

/** The JSON text of `x`, or raise-type-error's message for the first part that is not JSON. */
export function writeJson(who: string, x: unknown, jsnull: unknown, encoding: JsonEncoding): string {
  const out: string[] = [];
  // An explicit stack of what is left to write: values, object keys (checked when reached, as
  // Racket does while writing), and literal text between them.
  const todo: Array<{ value: unknown } | { key: unknown } | string> = [{ value: x }];
  while (todo.length > 0) {
    const item = todo.pop()!;
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    if ("key" in item) {
      if (!(item.key instanceof Sym)) throw typeError(who, "legal JSON key value", item.key);
      out.push(jsonString(item.key.name, encoding) + ":");
      continue;
    }
    const v = item.value;
    if (isJsonNumber(v)) out.push(write(v));
    else if (v === false) out.push("false");
    else if (v === true) out.push("true");
    else if (v === jsnull) out.push("null");
    else if (isSchemeString(v)) out.push(jsonString(stringValue(v), encoding));
    else if (v === NIL || (v instanceof Pair && isProperList(v))) {
      const items: unknown[] = [];
      for (let p: unknown = v; p instanceof Pair; p = p.cdr) items.push(p.car);
      todo.push("]");
      for (let i = items.length - 1; i >= 0; i--) {
        todo.push({ value: items[i] });
        if (i > 0) todo.push(",");
      }
      out.push("[");
    } else if (v instanceof HashTable) {
      const entries = sortForConstructor(v.entryList().map((e) => [e[0], e[1]]));
      todo.push("}");
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, value] = entries[i]!;
        todo.push({ value }, { key });
        if (i > 0) todo.push(",");
      }
      out.push("{");
    } else throw typeError(who, "legal JSON value", v);
  }
  return out.join("");
}

function isProperList(p: unknown): boolean {
  while (p instanceof Pair) p = p.cdr;
  return p === NIL;
}
