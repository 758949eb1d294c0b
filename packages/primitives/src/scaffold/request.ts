// From the keywords of a scaffold call to a host request. Every keyword is checked here, with
// Racket-shaped contract errors naming the procedure, before anything is sent.

import { Flonum, HashTable, Ratnum, Sym, display, exactToDouble, isSchemeString, listToArray, stringValue, sym } from "@rlms/reader";
import { Exn, contractViolation } from "@rlms/evaluator";
import { isJsexpr, writeJson } from "../json/writer.js";
import type { LlmRequest } from "./host.js";
import { unwrapSyntax } from "./syntax-values.js";

/** The keywords every call accepts (scaffold.md), without `#:`. */
export const CALL_KEYWORDS = ["instruction", "data", "model", "temperature", "max-tokens", "json", "image", "images", "schema", "timeout", "recursive"] as const;

const JSON_NULL = sym("null");

export function callRequest(who: string, kws: ReadonlyMap<string, unknown>): LlmRequest {
  const recursive = kws.get("recursive");
  if (recursive !== undefined && recursive !== false) {
    throw new Exn("exn:fail:unsupported", `${who}: #:recursive calls are not available in this version of rlms (no child sandboxes yet); make the call without #:recursive`);
  }
  const images: string[] = [];
  const image = kws.get("image");
  if (image !== undefined && image !== false) images.push(textArgument(who, "#:image", image));
  const many = kws.get("images");
  if (many !== undefined && many !== false) {
    const items = listToArray(many);
    if (items === undefined) throw contractViolation(who, "(listof string?)", many);
    for (const x of items) images.push(textArgument(who, "#:images", x));
  }
  return {
    who,
    instruction: optional(kws, "instruction", (v) => textArgument(who, "#:instruction", v)),
    data: optional(kws, "data", dataText),
    model: optional(kws, "model", (v) => (v instanceof Sym ? v.name : textArgument(who, "#:model", v))),
    temperature: optional(kws, "temperature", (v) => realIn(who, "(real-in 0 2)", v, 0, 2)),
    maxTokens: optional(kws, "max-tokens", (v) => positiveInteger(who, v)),
    json: kws.has("json") && kws.get("json") !== false,
    schema: optional(kws, "schema", (v) => schemaObject(who, v)),
    images,
    timeoutMs: optional(kws, "timeout", (v) => realIn(who, "(>/c 0)", v, Number.MIN_VALUE, Infinity) * 1000),
  };
}

function optional<T>(kws: ReadonlyMap<string, unknown>, name: string, convert: (v: unknown) => T): T | undefined {
  const v = kws.get(name);
  return v === undefined ? undefined : convert(v);
}

/** A string, or a syntax object wrapping one (a model's answer passed on as an instruction). */
function textArgument(who: string, keyword: string, v: unknown): string {
  const x = unwrapSyntax(v);
  if (isSchemeString(x)) return stringValue(x);
  throw contractViolation(who, `string? (for ${keyword})`, v);
}

/**
 * `#:data` takes any value: text as it is, syntax unwrapped, JSON-shaped data (hashes with symbol
 * keys, lists, numbers, booleans) as JSON, anything else in `display` form.
 */
export function dataText(v: unknown): string {
  const x = unwrapSyntax(v);
  if (isSchemeString(x)) return stringValue(x);
  if (isJsexpr(x, JSON_NULL) && !(x instanceof Sym)) return writeJson("llm-query", x, JSON_NULL, "control");
  return display(x);
}

function realIn(who: string, contract: string, v: unknown, min: number, max: number): number {
  const d = typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : v instanceof Flonum ? v.value : v instanceof Ratnum ? exactToDouble(v) : NaN;
  if (!(d >= min && d <= max)) throw contractViolation(who, contract, v);
  return d;
}

function positiveInteger(who: string, v: unknown): number {
  if (typeof v === "number" && Number.isInteger(v) && v > 0) return v;
  throw contractViolation(who, "exact-positive-integer?", v);
}

/** `#:schema`: a jsexpr hash (symbol keys), sent as the JSON schema object. */
function schemaObject(who: string, v: unknown): Record<string, unknown> {
  if (!(v instanceof HashTable) || !isJsexpr(v, JSON_NULL)) throw contractViolation(who, "(and/c hash? jsexpr?) (a JSON schema)", v);
  return JSON.parse(writeJson(who, v, JSON_NULL, "control")) as Record<string, unknown>;
}
