// Racket's json library: jsexpr? string->jsexpr jsexpr->string read-json write-json json-null.
// The public procedures are thin Scheme wrappers (scheme/hash.scm, JSON section) that supply the
// #:null default from the `json-null` parameter of the calling context; they call the internal
// primitives here. Reading and writing are in json/reader.ts and json/writer.ts.

import { Sym, isSchemeString, stringValue, sym, VOID } from "@rlms/reader";
import { Exn, Parameter, definePrimitive, errorValue } from "@rlms/evaluator";
import { InputPort } from "./ports/input-port.js";
import { OutputPort } from "./ports/port.js";
import { readJson } from "./json/reader.js";
import { isJsexpr, writeJson, type JsonEncoding } from "./json/writer.js";

/** `(json-null)`: what JSON null reads as and what writes as null; `'null` by default. */
export const jsonNull = new Parameter(sym("null"), false, "json-null");

/**
 * A contract failure of the json library's exports, worded as racket/contract words it for a
 * call from the top level.
 */
function blame(who: string, expected: string, given: unknown, where: string, contract: string, line: number): Exn {
  return new Exn(
    "exn:fail:contract:blame",
    `${who}: contract violation\n  expected: ${expected}\n  given: ${errorValue(given)}\n  in: ${where}\n${contract}\n` +
      `  contract from: <collects>/json/main.rkt\n  blaming: top-level\n   (assuming the contract is correct)\n` +
      `  at: <collects>/json/main.rkt:${line}:3`,
  );
}

const WRITER_CONTRACT = (port: boolean) =>
  `      (->*\n       (any/c)\n       (${port ? "output-port?\n        " : ""}#:encode\n        (or/c 'control 'all)\n        #:null\n        any/c)\n       any)`;

function encodingOf(who: string, encoding: unknown): JsonEncoding {
  if (encoding instanceof Sym && (encoding.name === "control" || encoding.name === "all")) return encoding.name;
  const port = who === "write-json";
  throw blame(who, "(or/c (quote control) (quote all))", encoding, "the #:encode argument of", WRITER_CONTRACT(port), port ? 34 : 44);
}

/** `(%jsexpr->string who x jsnull encoding)` */
const jsexprToString = definePrimitive("jsexpr->string", 4, (who: unknown, x: unknown, jsnull: unknown, encoding: unknown) => {
  const name = who instanceof Sym ? who.name : "jsexpr->string";
  return writeJson(name, x, jsnull, encodingOf(name, encoding));
});

/** `(%check-json-output-port port)`: write-json's contract on its port argument. */
const checkJsonPort = definePrimitive("write-json", 1, (port: unknown) => {
  if (!(port instanceof OutputPort)) throw blame("write-json", "output-port?", port, "the 2nd argument of", WRITER_CONTRACT(true), 34);
  return VOID;
});

/** `(%string->jsexpr s jsnull)` */
const stringToJsexpr = definePrimitive("string->jsexpr", 2, (s: unknown, jsnull: unknown) => {
  if (!isSchemeString(s)) {
    throw blame("string->jsexpr", "string?", s, "the 1st argument of", "      (->* (string?) (#:null any/c) any)", 54);
  }
  return readJson(Buffer.from(stringValue(s), "utf8"), { who: "string->jsexpr", jsnull, source: "string" }).value;
});

/**
 * `(%read-json port jsnull)`: one JSON value from the port, which is left just after it.
 * Error positions count from the port's current position (Racket's count from its start).
 */
const readJsonFromPort = definePrimitive("read-json", 2, (port: unknown, jsnull: unknown) => {
  if (!(port instanceof InputPort)) {
    throw blame("read-json", "input-port?", port, "the 1st argument of", "      (->* () (input-port? #:null any/c) any)", 40);
  }
  const text = port.peekString(Number.MAX_SAFE_INTEGER, 0) ?? "";
  const bytes = Buffer.from(text, "utf8");
  const source = typeof port.name === "string" ? port.name : errorValue(port.name);
  const { value, end } = readJson(bytes, { who: "read-json", jsnull, source });
  // Consume what was read: `end` bytes, as code points.
  port.readString([...bytes.subarray(0, end).toString("utf8")].length);
  return value;
});

const jsexprP = definePrimitive("jsexpr?", 2, (x: unknown, jsnull: unknown) => isJsexpr(x, jsnull));

export const JSON_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["json-null", jsonNull],
  ["%jsexpr?", jsexprP],
  ["%jsexpr->string", jsexprToString],
  ["%check-json-output-port", checkJsonPort],
  ["%string->jsexpr", stringToJsexpr],
  ["%read-json", readJsonFromPort],
];
