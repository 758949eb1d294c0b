// Trace files: JSON lines, one finished event a line, in the order events ended.
//
// The writer starts the file afresh and appends each line with one synchronous append, so a
// crash never loses the lines written before it (the same discipline as cassettes). The reader
// checks every line and names the bad one as FILE:LINE.

import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { isPlainObject } from "../llm/request.js";
import { TRACE_KINDS, TRACE_STATUSES, canonicalEvent, compareStart, type TraceEvent } from "./event.js";

/** A trace file that cannot be read, or a line of it that is not a trace event. */
export class TraceFileError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "TraceFileError";
  }
}

export class TraceFileWriter {
  constructor(readonly path: string) {
    try {
      writeFileSync(path, "");
    } catch (error) {
      throw new Error(`cannot create the trace file ${path}: ${(error as Error).message}`, { cause: error });
    }
  }

  append(event: TraceEvent): void {
    try {
      appendFileSync(this.path, `${JSON.stringify(canonicalEvent(event))}\n`);
    } catch (error) {
      throw new Error(`cannot append to the trace file ${this.path}: ${(error as Error).message}`, { cause: error });
    }
  }
}

/** The events of a trace file, in start order. Throws TraceFileError naming FILE:LINE for a bad line. */
export function readTraceFile(path: string): TraceEvent[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TraceFileError(`cannot read the trace file ${path}: ${code ?? (error as Error).message}`, path);
  }
  return parseTraceLines(text, path);
}

/** The events of JSON-lines text (`path` only names it in errors), in start order. */
export function parseTraceLines(text: string, path: string): TraceEvent[] {
  const events: TraceEvent[] = [];
  const lineOfId = new Map<string, number>();
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const lineNumber = i + 1;
    const fail = (message: string): never => {
      throw new TraceFileError(`${path}:${lineNumber}: ${message}`, path, lineNumber);
    };
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      // Only the last line can lack its newline; if it is also broken the writer was interrupted.
      const cut = i === lines.length - 1 ? " (the last line is incomplete: was the writer interrupted?)" : "";
      fail(`not a JSON line: ${(error as Error).message}${cut}`);
    }
    const event = checkEvent(raw, fail);
    const first = lineOfId.get(event.id);
    if (first !== undefined) fail(`a second event with id ${JSON.stringify(event.id)} (the first is on line ${first})`);
    lineOfId.set(event.id, lineNumber);
    events.push(event);
  });
  // Lines are in end order; sort is stable, so events of the same millisecond keep file order
  // when their ids do not say otherwise.
  return events.sort(compareStart);
}

function checkEvent(raw: unknown, fail: (message: string) => never): TraceEvent {
  if (!isPlainObject(raw)) fail(`a trace line must be a JSON object, got ${describe(raw)}`);
  const o = raw as Record<string, unknown>;
  const field = (name: string, ok: (v: unknown) => boolean, expected: string, optional: boolean): void => {
    const v = o[name];
    if (v === undefined) {
      if (!optional) fail(`missing "${name}" (${expected})`);
      return;
    }
    if (!ok(v)) fail(`"${name}" must be ${expected}, got ${JSON.stringify(v)}`);
  };
  const isString = (v: unknown) => typeof v === "string";
  const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  const isTime = (v: unknown) => typeof v === "number" && Number.isFinite(v);
  field("id", (v) => isString(v) && v !== "", "a non-empty string", false);
  field("parentId", (v) => v === null || isString(v), "a string or null", false);
  field("depth", isCount, "a non-negative integer", false);
  field("kind", (v) => (TRACE_KINDS as readonly unknown[]).includes(v), `one of ${TRACE_KINDS.join(", ")}`, false);
  field("name", isString, "a string", true);
  field("start", isTime, "a time in epoch milliseconds", false);
  field("end", (v) => isTime(v) && (v as number) >= (o["start"] as number), "a time in epoch milliseconds, not before start", true);
  field("model", isString, "a string", true);
  field("prompt", isPlainObject, "an object", true);
  if (isPlainObject(o["prompt"])) {
    const p = o["prompt"];
    for (const part of ["instruction", "data"]) {
      if (p[part] !== undefined && !isString(p[part])) fail(`"prompt.${part}" must be a string, got ${JSON.stringify(p[part])}`);
    }
    if (p["images"] !== undefined && !isCount(p["images"])) fail(`"prompt.images" must be a non-negative integer, got ${JSON.stringify(p["images"])}`);
  }
  field("response", isString, "a string", true);
  field("tokens", isPlainObject, "an object {prompt, completion, total}", true);
  if (isPlainObject(o["tokens"])) {
    for (const part of ["prompt", "completion", "total"]) {
      const v = o["tokens"][part];
      if (v === undefined) fail(`missing "tokens.${part}" (a non-negative integer)`);
      if (!isCount(v)) fail(`"tokens.${part}" must be a non-negative integer, got ${JSON.stringify(v)}`);
    }
  }
  field("costUsd", (v) => v === null || (typeof v === "number" && Number.isFinite(v) && v >= 0), "a non-negative number or null", true);
  field("retries", isCount, "a non-negative integer", true);
  field("status", (v) => (TRACE_STATUSES as readonly unknown[]).includes(v), `one of ${TRACE_STATUSES.join(", ")}`, false);
  field("error", isString, "a string", true);
  field("notes", (v) => Array.isArray(v) && v.every(isString), "an array of strings", true);
  // Unknown members (from a later version) are dropped rather than refused.
  return canonicalEvent(o as unknown as TraceEvent);
}

function describe(v: unknown): string {
  return Array.isArray(v) ? "an array" : v === null ? "null" : typeof v;
}
