// Record and replay. A cassette is a JSON-lines file, one completed call a line:
//
//   {"key": "<sha256>", "occurrence": 0, "request": {...}, "response": {...}}
//   {"key": "<sha256>", "occurrence": 1, "request": {...}, "error": {"kind": "http", "status": 500, "message": ...}}
//
// key = sha256 of the canonical JSON of the request's answer-determining fields (model, messages,
// temperature, maxTokens, json, schema; not timeoutMs). occurrence = how many requests with the
// same key the recording session had started before this one. Replay serves the nth request with
// a key from occurrence n, so identical prompts asked several times replay in the order they were
// asked, whatever order their answers arrived in while recording.

import { createHash } from "node:crypto";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { canonicalJson } from "./canonical-json.js";
import { LlmError, type LlmErrorKind } from "./errors.js";
import { isPlainObject, lastUserText, preview, validateChatRequest } from "./request.js";
import type { CallOptions, ChatRequest, ChatResponse, Provider } from "./types.js";

/** The part of a request that determines the answer, as stored in a cassette. */
export type RecordedRequest = Pick<ChatRequest, "model" | "messages" | "temperature" | "maxTokens" | "json" | "schema">;

export interface CassetteEntry {
  key: string;
  occurrence: number;
  request: RecordedRequest;
  response?: ChatResponse;
  error?: { kind: LlmErrorKind; message: string; status?: number; retryable: boolean };
}

export function recordedRequest(request: ChatRequest): RecordedRequest {
  const recorded: RecordedRequest = { model: request.model, messages: request.messages };
  if (request.temperature !== undefined) recorded.temperature = request.temperature;
  if (request.maxTokens !== undefined) recorded.maxTokens = request.maxTokens;
  if (request.json === true) recorded.json = true; // false and absent ask for the same thing
  if (request.schema !== undefined) recorded.schema = request.schema;
  return recorded;
}

export function requestKey(request: ChatRequest): string {
  return createHash("sha256").update(canonicalJson(recordedRequest(request))).digest("hex");
}

/** Counts requests per key in the order they start. */
class OccurrenceCounter {
  private readonly counts = new Map<string, number>();
  next(key: string): number {
    const n = this.counts.get(key) ?? 0;
    this.counts.set(key, n + 1);
    return n;
  }
}

/**
 * Passes every call to `inner` and appends the outcome to the cassette. The file is started
 * afresh when the recorder is created; each completed call is then one appended line, written in
 * one synchronous append, so a crash never loses or corrupts the lines before it. Failed calls
 * are recorded too (replay raises the same error), except cancellations, which the program caused.
 */
export class RecordingProvider implements Provider {
  private readonly occurrences = new OccurrenceCounter();

  constructor(
    private readonly inner: Provider,
    readonly cassettePath: string,
  ) {
    try {
      writeFileSync(cassettePath, "");
    } catch (error) {
      throw new Error(`cannot create the cassette ${cassettePath}: ${(error as Error).message}`, { cause: error });
    }
  }

  async complete(request: ChatRequest, options?: CallOptions): Promise<ChatResponse> {
    validateChatRequest(request);
    const key = requestKey(request);
    const occurrence = this.occurrences.next(key);
    const base = { key, occurrence, request: recordedRequest(request) };
    try {
      const response = await this.inner.complete(request, options);
      this.append({ ...base, response });
      return response;
    } catch (error) {
      if (error instanceof LlmError && error.kind !== "cancelled") {
        const recorded: NonNullable<CassetteEntry["error"]> = { kind: error.kind, message: error.message, retryable: error.retryable };
        if (error.status !== undefined) recorded.status = error.status;
        this.append({ ...base, error: recorded });
      }
      throw error;
    }
  }

  private append(entry: CassetteEntry): void {
    appendFileSync(this.cassettePath, `${JSON.stringify(entry)}\n`);
  }
}

/** Serves calls from a cassette only; a request that is not in it is an error, never a live call. */
export class ReplayProvider implements Provider {
  private readonly entries: Map<string, Map<number, CassetteEntry>>;
  private readonly occurrences = new OccurrenceCounter();

  constructor(readonly cassettePath: string) {
    this.entries = loadCassette(cassettePath);
  }

  async complete(request: ChatRequest, options: CallOptions = {}): Promise<ChatResponse> {
    validateChatRequest(request);
    if (options.signal?.aborted) throw new LlmError("cancelled", `language-model call cancelled (model ${request.model})`);
    const key = requestKey(request);
    const occurrence = this.occurrences.next(key);
    const recorded = this.entries.get(key);
    const entry = recorded?.get(occurrence);
    if (!entry) {
      const times = recorded
        ? ` (this request was asked ${occurrence + 1} times; the cassette answers it ${recorded.size} ${recorded.size === 1 ? "time" : "times"})`
        : "";
      throw new LlmError(
        "replay-miss",
        `replay: the request is not in ${this.cassettePath}: model ${request.model}, last user message ${JSON.stringify(preview(lastUserText(request)))}${times}; record it again with --record`,
      );
    }
    if (entry.error) {
      const { kind, message, status, retryable } = entry.error;
      throw new LlmError(kind, message, status === undefined ? { retryable } : { status, retryable });
    }
    return structuredClone(entry.response!);
  }
}

function loadCassette(path: string): Map<string, Map<number, CassetteEntry>> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read the cassette ${path}: ${(error as Error).message}`, { cause: error });
  }
  const byKey = new Map<string, Map<number, CassetteEntry>>();
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `${path}:${i + 1}`;
    const entry = parseEntry(line, where);
    let forKey = byKey.get(entry.key);
    if (!forKey) byKey.set(entry.key, (forKey = new Map()));
    // Lines without an occurrence (written by hand) count in file order.
    const occurrence = entry.occurrence ?? forKey.size;
    if (forKey.has(occurrence)) throw new Error(`${where}: a second answer for occurrence ${occurrence} of the same request`);
    forKey.set(occurrence, { ...entry, occurrence });
  });
  return byKey;
}

function parseEntry(line: string, where: string): Omit<CassetteEntry, "occurrence"> & { occurrence?: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new Error(`${where}: not a JSON line of a cassette`);
  }
  if (!isPlainObject(raw) || !isPlainObject(raw["request"])) throw new Error(`${where}: a cassette line needs a "request" object`);
  const request = raw["request"] as unknown as ChatRequest;
  try {
    validateChatRequest(request);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
  const key = requestKey(request);
  if (raw["key"] !== undefined && raw["key"] !== key) {
    throw new Error(`${where}: the key does not match the request (was the request edited?); remove the "key" field or record again`);
  }
  const occurrence = raw["occurrence"];
  if (occurrence !== undefined && !(Number.isInteger(occurrence) && (occurrence as number) >= 0)) {
    throw new Error(`${where}: "occurrence" must be a non-negative integer`);
  }
  const entry: Omit<CassetteEntry, "occurrence"> & { occurrence?: number } = { key, request: recordedRequest(request) };
  if (occurrence !== undefined) entry.occurrence = occurrence as number;
  if (isPlainObject(raw["response"]) && typeof raw["response"]["text"] === "string") {
    entry.response = raw["response"] as unknown as ChatResponse;
  } else if (isPlainObject(raw["error"]) && typeof raw["error"]["message"] === "string") {
    entry.error = raw["error"] as unknown as NonNullable<CassetteEntry["error"]>;
  } else {
    throw new Error(`${where}: a cassette line needs a "response" with "text" or an "error" with "message"`);
  }
  return entry;
}
