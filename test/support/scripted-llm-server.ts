// A scripted OpenAI-compatible chat-completions server for tests and benchmarks.
//
// Real HTTP on 127.0.0.1, on a port the OS picks, so the code under test goes through the same
// client, sockets and failure modes as with a real provider. Only Node built-ins: the file also
// compiles into the benchmarks and runs beside the CLI tests.
//
//   const server = await startScriptedServer({
//     rules: [
//       { match: /capital of France/, reply: "Paris" },                   // regexp on the last user message
//       { match: (body) => body.model === "slow", reply: "late", latencyMs: 200 },
//       { status: 429, headers: { "retry-after": "1" }, times: 2 },       // first 2 requests only
//     ],
//     defaultReply: "ok",
//   });
//   new OpenAIProvider({ baseURL: server.url, apiKey: "test" });           // url ends in /v1
//   ...; server.requests[0].body.messages; server.maxInFlight; await server.close();
//
// Matching: for each request the first rule whose `match` accepts it and whose `times` is not
// used up decides the reply; no rule → `defaultReply` (default: `scripted reply to: <last user
// message>`). A rule without `match` matches every request.
//
// What a rule can do (combine freely):
//   reply       text, an object (sent as JSON text), or a function of the request (may be async).
//   latencyMs   delay before answering (number or function of the request), so replies can come
//               back out of order.
//   status      an error status (400, 401, 429, 500, 503, ...): the body is OpenAI's error shape
//               `{"error": {"message", "type", "code"}}` with `errorMessage` (or a default).
//   headers     extra response headers: `retry-after`, `retry-after-ms`, `x-ratelimit-*`, ...
//   hang        never answer (the request stays open until the client gives up or close()).
//   drop        destroy the connection without an answer (a connection error for the client).
//   malformed   "not-json" (200, application/json, HTML text), "no-choices" (`choices: []`)
//               or "empty" (200 with an empty body).
//   rawBody     send this exact body (with `status`, default 200) instead of a completion.
//   usage       explicit token counts; `null` leaves usage out. Default: prompt = ceil(chars of
//               all message text / 4) + 4 per message, completion = ceil(reply chars / 4).
//   model       the model named in the response (default: the requested one), e.g. a dated snapshot.
//   finishReason  default "stop".
//   times       the rule applies only to the first N requests it matches ("fail twice, then succeed").
//
// JSON mode: when the request's response_format asks for JSON (json_object or json_schema) and
// the reply text is not valid JSON, the reply is sent as `{"text": <reply>}` so clients that parse
// it get an object.
//
// The log: `requests[i]` holds the parsed body, headers, last user message, arrival and finish
// times (ms, performance.now()), the status sent, which rule answered (index, or -1 for the
// default) and `aborted: true` when the client closed the connection before the answer was
// complete. `inFlight` / `maxInFlight` count requests between arrival and answer (or abort).
// `waitFor(condition)` resolves once the condition on the server holds (checked on each event).

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

/** The request body as the server parsed it (the fields tests look at; the rest is kept too). */
export interface ScriptedChatBody {
  model: string;
  messages: { role: string; content: string | { type: string; text?: string; image_url?: { url: string } }[] }[];
  temperature?: number;
  max_tokens?: number;
  max_completion_tokens?: number;
  response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
  [field: string]: unknown;
}

export interface ScriptedRequest {
  /** 0-based arrival order. */
  index: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: ScriptedChatBody;
  /** Text of the last user message ("" if none). */
  lastUserMessage: string;
  arrivedAt: number;
  finishedAt?: number;
  /** The client closed the connection before the answer was complete. */
  aborted: boolean;
  status?: number;
  /** Index of the rule that answered, -1 for the default reply. */
  rule: number;
}

export type ReplyValue = string | Record<string, unknown> | unknown[];

export interface ScriptedRule {
  match?: RegExp | ((body: ScriptedChatBody, request: ScriptedRequest) => boolean);
  times?: number;
  reply?: ReplyValue | ((request: ScriptedRequest) => ReplyValue | Promise<ReplyValue>);
  latencyMs?: number | ((request: ScriptedRequest) => number);
  status?: number;
  errorMessage?: string;
  headers?: Record<string, string>;
  hang?: boolean;
  drop?: boolean;
  malformed?: "not-json" | "no-choices" | "empty";
  rawBody?: string;
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens?: number } | null;
  model?: string;
  finishReason?: string;
}

export interface ScriptedServerOptions {
  rules?: ScriptedRule[];
  defaultReply?: ReplyValue | ((request: ScriptedRequest) => ReplyValue | Promise<ReplyValue>);
}

export interface ScriptedServer {
  /** Base URL ending in /v1, e.g. http://127.0.0.1:41234/v1. */
  readonly url: string;
  readonly port: number;
  readonly requests: ScriptedRequest[];
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Resolves when `condition` holds; rejects after `timeoutMs` (default 5000) naming `what`. */
  waitFor(condition: (server: ScriptedServer) => boolean, what?: string, timeoutMs?: number): Promise<void>;
  /** Stops listening and drops every open connection (hanging requests included, logged as aborted). */
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  429: "rate_limit_exceeded",
};

export async function startScriptedServer(options: ScriptedServerOptions = {}): Promise<ScriptedServer> {
  const rules = options.rules ?? [];
  const uses = rules.map(() => 0);
  const requests: ScriptedRequest[] = [];
  const waiters = new Set<() => void>();
  let inFlight = 0;
  let maxInFlight = 0;
  const changed = () => waiters.forEach((check) => check());

  const httpServer = createServer((req, res) => {
    readBody(req)
      .then((text) => handle(req, res, text))
      .catch((error: unknown) => {
        if (!res.headersSent && !res.destroyed) sendJson(res, 500, { error: { message: `scripted server: ${String(error)}` } });
      });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, text: string): Promise<void> {
    const path = (req.url ?? "/").split("?")[0]!;
    if (req.method !== "POST" || !path.endsWith("/chat/completions")) {
      sendJson(res, 404, { error: { message: `scripted server: no route for ${req.method} ${path}`, type: "not_found_error" } });
      return;
    }
    let body: ScriptedChatBody;
    try {
      body = JSON.parse(text) as ScriptedChatBody;
    } catch {
      sendJson(res, 400, { error: { message: "scripted server: the request body is not JSON", type: "invalid_request_error" } });
      return;
    }
    const request: ScriptedRequest = {
      index: requests.length,
      method: req.method,
      path,
      headers: req.headers,
      body,
      lastUserMessage: lastUserMessage(body),
      arrivedAt: performance.now(),
      aborted: false,
      rule: -1,
    };
    requests.push(request);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let open = true;
    let dropped = false; // a `drop` rule closes the connection itself: not a client abort
    const finish = () => {
      if (!open) return;
      open = false;
      inFlight--;
      request.finishedAt = performance.now();
      changed();
    };
    res.on("close", () => {
      if (!res.writableFinished && !dropped) request.aborted = true;
      finish();
    });
    changed();

    const ruleIndex = rules.findIndex((rule, i) => (rule.times === undefined || uses[i]! < rule.times) && matches(rule, body, request));
    const rule: ScriptedRule = ruleIndex >= 0 ? rules[ruleIndex]! : {};
    if (ruleIndex >= 0) uses[ruleIndex]!++;
    request.rule = ruleIndex;

    const latency = typeof rule.latencyMs === "function" ? rule.latencyMs(request) : rule.latencyMs ?? 0;
    if (latency > 0) await delay(latency, res);
    if (res.destroyed) return;
    if (rule.hang) return; // the connection stays open until the client or close() ends it
    if (rule.drop) {
      dropped = true;
      res.socket?.destroy();
      return;
    }
    const headers = { ...(rule.headers ?? {}) };
    if (rule.rawBody !== undefined) return send(res, request, rule.status ?? 200, rule.rawBody, headers);
    if (rule.status !== undefined && rule.status >= 400) {
      const error = { message: rule.errorMessage ?? `scripted error ${rule.status}`, type: ERROR_TYPES[rule.status] ?? "server_error", code: null };
      return send(res, request, rule.status, JSON.stringify({ error }), headers);
    }
    if (rule.malformed === "not-json") return send(res, request, 200, "<html><body>502 Bad Gateway</body></html>", headers);
    if (rule.malformed === "empty") return send(res, request, 200, "", headers);
    if (rule.malformed === "no-choices") {
      return send(res, request, 200, JSON.stringify({ id: `chatcmpl-scripted-${request.index}`, object: "chat.completion", model: body.model, choices: [] }), headers);
    }
    const source = rule.reply ?? options.defaultReply ?? ((r: ScriptedRequest) => `scripted reply to: ${r.lastUserMessage}`);
    const value = typeof source === "function" ? await source(request) : source;
    if (res.destroyed) return;
    const content = replyText(value, body);
    const completion = {
      id: `chatcmpl-scripted-${request.index}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: rule.model ?? body.model,
      choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: rule.finishReason ?? "stop" }],
      ...(rule.usage === null ? {} : { usage: usageFor(rule.usage, body, content) }),
    };
    send(res, request, rule.status ?? 200, JSON.stringify(completion), headers);
  }

  function waitFor(condition: (server: ScriptedServer) => boolean, what = "condition", timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!condition(server)) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`scripted server: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;

  const server: ScriptedServer = {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    waitFor,
    close: async () => {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
      // Dropped connections report their 'close' asynchronously; settle the log before returning.
      await waitFor((x) => x.inFlight === 0, "open requests to close on close()");
    },
  };
  return server;
}

function matches(rule: ScriptedRule, body: ScriptedChatBody, request: ScriptedRequest): boolean {
  if (rule.match === undefined) return true;
  if (rule.match instanceof RegExp) {
    rule.match.lastIndex = 0; // a /g or /y regexp must not carry state from one request to the next
    return rule.match.test(request.lastUserMessage);
  }
  return rule.match(body, request);
}

function messageText(content: ScriptedChatBody["messages"][number]["content"]): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((p) => (p.type === "text" && typeof p.text === "string" ? p.text : "")).filter((t) => t !== "").join("\n");
}

function lastUserMessage(body: ScriptedChatBody): string {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.role === "user") return messageText(messages[i]!.content);
  }
  return "";
}

function wantsJson(body: ScriptedChatBody): boolean {
  const type = body.response_format?.type;
  return type === "json_object" || type === "json_schema";
}

function replyText(value: ReplyValue, body: ScriptedChatBody): string {
  if (typeof value !== "string") return JSON.stringify(value);
  if (!wantsJson(body)) return value;
  try {
    JSON.parse(value);
    return value;
  } catch {
    return JSON.stringify({ text: value });
  }
}

function usageFor(explicit: ScriptedRule["usage"], body: ScriptedChatBody, content: string) {
  if (explicit) {
    const total = explicit.total_tokens ?? explicit.prompt_tokens + explicit.completion_tokens;
    return { prompt_tokens: explicit.prompt_tokens, completion_tokens: explicit.completion_tokens, total_tokens: total };
  }
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const chars = messages.reduce((n, m) => n + messageText(m.content).length, 0);
  const prompt_tokens = Math.ceil(chars / 4) + 4 * messages.length;
  const completion_tokens = Math.ceil(content.length / 4);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}

function send(res: ServerResponse, request: ScriptedRequest, status: number, body: string, headers: Record<string, string>): void {
  if (res.destroyed) return;
  request.status = status;
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Waits `ms`, or less if the client goes away first (no reply is sent then). */
function delay(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    res.once("close", done);
    function done() {
      clearTimeout(timer);
      res.off("close", done);
      resolve();
    }
  });
}
