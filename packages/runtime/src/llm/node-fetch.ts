// A `fetch` on node:http / node:https for the openai client (its `fetch` option).
//
// Why: Node's global fetch (undici) and its web streams cost ~0.4–0.7 ms of CPU per chat
// completion in this process; a plain node:http round trip costs ~0.06–0.2 ms (see the README's
// "Orchestration benchmark"). Chat completions are small JSON requests and responses, so nothing
// here streams: the request body is written in one piece and the response body is read fully
// into a Buffer before a standard `Response` (status, statusText, every header as sent) is
// returned. The SDK reads that Response as it would read fetch's.
//
// What it does and does not do:
//   - One keep-alive Agent per protocol per `createNodeFetch()` (one per provider), sockets not
//     capped: the session-wide ConcurrencyLimiter caps the requests in flight. Idle sockets are
//     unref'd by Node (they never keep the process alive) and honour the server's
//     `Keep-Alive: timeout=N` hint.
//   - The AbortSignal acts at once, whenever it fires: before the request (nothing is sent),
//     while connecting, while waiting for the headers, while reading the body (the socket is
//     destroyed, so the server sees the connection close), while decoding. The promise rejects
//     with the signal's reason, as fetch does.
//   - Network failures reject with a TypeError whose `cause` says what happened, as fetch's do
//     ("fetch failed" + cause): the system error for a refused or reset connection, DNS or TLS
//     failures (`connect ECONNREFUSED 127.0.0.1:9`); an error of ours, code ECONNRESET, for a
//     server that closes the connection before answering or in the middle of the body. The
//     provider reports the innermost message. A connection not established within 10 s fails
//     with "connect timed out" (code ETIMEDOUT), like undici's connect timeout, which the SDK
//     classifies as a timeout.
//   - Redirects are never followed (fetch's `redirect: "manual"`): a 3xx comes back as it is,
//     Location included. An OpenAI-compatible endpoint does not redirect; the provider turns a
//     3xx into an error naming it.
//   - gzip, x-gzip, deflate (zlib-wrapped or raw) and br bodies are decoded (content-encoding,
//     in reverse order of application); an unknown coding leaves the body as it came, as fetch
//     does. `accept-encoding` is not sent unless the caller sets it: chat-completion bodies are a
//     few kilobytes and decompressing them would cost more CPU than it saves.
//   - No proxy support (HTTP_PROXY / HTTPS_PROXY are ignored, as Node's own fetch ignores them);
//     for a proxy use the provider's `transport: "fetch"` with a global undici dispatcher
//     (ProxyAgent). Idle sockets stay open until the server closes them or its Keep-Alive hint
//     runs out, with TCP keep-alive probes (Node's agent), so a quiet NAT does not drop them.
//   - Request bodies: string, ArrayBuffer or a typed array (the SDK sends JSON text). Streams,
//     FormData and Blob are refused with a TypeError. `init.redirect`, `init.cache` and other
//     browser-only fields are ignored.

import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders, type RequestOptions } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { Socket } from "node:net";
import { TLSSocket } from "node:tls";
import { promisify } from "node:util";
import { brotliDecompress, gunzip, inflate, inflateRaw } from "node:zlib";

/** The signature the openai client expects for its `fetch` option. */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface NodeFetch extends FetchFunction {
  /** Closes the idle keep-alive sockets (and any still in use). The function stays usable. */
  destroy(): void;
}

export interface NodeFetchOptions {
  /** How long establishing a connection (TCP, and TLS for https) may take; default 10 000 ms. */
  connectTimeoutMs?: number;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** Statuses whose Response must have a null body (the Response constructor insists). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

const decoders: Record<string, (body: Buffer) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  "x-gzip": promisify(gunzip),
  br: promisify(brotliDecompress),
  // HTTP's "deflate" is zlib-wrapped, but some servers send raw deflate; the header tells them apart.
  deflate: (body) => (hasZlibHeader(body) ? inflateAsync(body) : inflateRawAsync(body)),
};
const inflateAsync = promisify(inflate);
const inflateRawAsync = promisify(inflateRaw);

export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetch {
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  // maxSockets is Infinity by default; keepAlive makes sequential calls reuse one connection.
  const httpAgent = new HttpAgent({ keepAlive: true });
  const httpsAgent = new HttpsAgent({ keepAlive: true });

  const nodeFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    let url: URL;
    let body: string | Buffer | undefined;
    let headers: OutgoingHttpHeaders;
    try {
      url = requestURL(input);
      body = requestBody(init.body);
      headers = outgoingHeaders(init.headers, body);
    } catch (error) {
      return Promise.reject(error);
    }
    const secure = url.protocol === "https:";
    const send = secure ? httpsRequest : httpRequest;
    // The options spelled out rather than `request(url, ...)`, which converts the URL again per call.
    const target: RequestOptions = {
      protocol: url.protocol,
      hostname: url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname, // IPv6 without brackets
      port: url.port,
      path: url.pathname + url.search,
      method: (init.method ?? "GET").toUpperCase(),
      headers,
      agent: secure ? httpsAgent : httpAgent,
    };
    return exchange(url, (onResponse) => send(target, onResponse), body, init.signal ?? undefined, connectTimeoutMs);
  };
  return Object.assign(nodeFetch, {
    destroy: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  });
}

/** One request/response exchange, settled exactly once (answer, failure or abort). */
function exchange(
  url: URL,
  open: (onResponse: (res: IncomingMessage) => void) => ClientRequest,
  body: string | Buffer | undefined,
  signal: AbortSignal | undefined,
  connectTimeoutMs: number,
): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    let settled = false;
    let bodyComplete = false; // after this the socket belongs to the pool again: never destroy it
    let connectTimer: ReturnType<typeof setTimeout> | undefined;

    const finish = () => {
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      if (connectTimer !== undefined) clearTimeout(connectTimer);
    };
    const fail = (error: unknown) => {
      if (settled) return;
      finish();
      if (!bodyComplete) req.destroy();
      reject(error);
    };
    const onAbort = () => fail(abortReason(signal!));

    const req = open((res) => {
      const chunks: Buffer[] = [];
      let received = 0;
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        received += chunk.length;
      });
      // Node reports a connection closed mid-body as res 'error' "aborted" (ECONNRESET).
      res.on("error", (error: Error) => fail(networkError(url, error.message === "aborted" ? closedMidBody(res, received) : error)));
      res.on("close", () => {
        if (!res.complete) fail(networkError(url, closedMidBody(res, received)));
      });
      res.on("end", () => {
        bodyComplete = true;
        if (settled) return;
        const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
        decodeBody(raw, res.headers["content-encoding"]).then(
          (decoded) => {
            if (settled) return;
            let response: Response;
            try {
              response = toResponse(url, res, decoded);
            } catch (error) {
              fail(networkError(url, error));
              return;
            }
            finish();
            resolve(response);
          },
          (error: unknown) => fail(networkError(url, error)),
        );
      });
    });
    req.on("error", (error: Error) => fail(networkError(url, describeRequestError(error))));
    req.on("socket", (socket: Socket) => {
      if (!socket.connecting || settled) return;
      connectTimer = setTimeout(() => {
        const error = Object.assign(new Error(`connect timed out after ${connectTimeoutMs} ms (${url.host})`), { code: "ETIMEDOUT" });
        fail(networkError(url, error));
      }, connectTimeoutMs);
      // For https the connection is usable once the TLS handshake is done, not at the TCP connect.
      socket.once(socket instanceof TLSSocket ? "secureConnect" : "connect", () => {
        if (connectTimer !== undefined) clearTimeout(connectTimer);
        connectTimer = undefined;
      });
    });
    signal?.addEventListener("abort", onAbort);
    req.end(body);
  });
}

function requestURL(input: string | URL | Request): URL {
  if (typeof input !== "string" && !(input instanceof URL)) {
    throw new TypeError("node-http fetch: pass the URL as a string or URL (Request objects are not supported)");
  }
  const url = typeof input === "string" ? new URL(input) : input;
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`node-http fetch: ${url.href} is not an http or https URL`);
  // As fetch: credentials belong in headers, and a URL carrying them would send them nowhere.
  if (url.username !== "" || url.password !== "") throw new TypeError(`node-http fetch: the URL ${url.origin} includes credentials; send them in a header`);
  return url;
}

/**
 * A string stays a string: Node then sends the head and the body in one write (one TCP segment),
 * where a Buffer goes out as two writes and the server wakes up twice.
 */
function requestBody(body: RequestInit["body"]): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const kind = typeof body === "object" ? body.constructor.name : typeof body;
  throw new TypeError(`node-http fetch: unsupported request body (${kind}); pass a string, an ArrayBuffer or a typed array`);
}

function outgoingHeaders(init: RequestInit["headers"], body: string | Buffer | undefined): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  if (init !== undefined) {
    // Headers lower-cases names and joins repeated ones, as fetch would send them.
    (init instanceof Headers ? init : new Headers(init)).forEach((value, name) => {
      headers[name] = value;
    });
  }
  // An explicit length keeps Node from sending the body chunked.
  if (body !== undefined && headers["content-length"] === undefined) headers["content-length"] = typeof body === "string" ? Buffer.byteLength(body) : body.length;
  return headers;
}

function toResponse(url: URL, res: IncomingMessage, body: Buffer): Response {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) throw new TypeError(`the server answered with status ${status}, which a Response cannot carry (expected 200–599)`);
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  const response = new Response(NULL_BODY_STATUSES.has(status) ? null : body, { status, statusText: res.statusMessage ?? "", headers });
  // A constructed Response has url ""; fetch's carries the address it came from.
  Object.defineProperty(response, "url", { value: url.href });
  return response;
}

/** Undoes the content codings in reverse order; stops (leaving the body as is) at an unknown one. */
async function decodeBody(body: Buffer, contentEncoding: string | undefined): Promise<Buffer> {
  if (contentEncoding === undefined || body.length === 0) return body;
  const codings = contentEncoding.split(",").map((c) => c.trim().toLowerCase()).filter((c) => c !== "" && c !== "identity").reverse();
  let decoded = body;
  for (const coding of codings) {
    const decode = decoders[coding];
    if (decode === undefined) return decoded;
    try {
      decoded = await decode(decoded);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw Object.assign(new Error(`cannot decode the ${coding} response body: ${reason}`), { code: "EDECODE" });
    }
  }
  return decoded;
}

/** RFC 1950: compression method 8 in the low nibble, and the first two bytes a multiple of 31. */
function hasZlibHeader(body: Buffer): boolean {
  return body.length >= 2 && (body[0]! & 0x0f) === 8 && ((body[0]! << 8) | body[1]!) % 31 === 0;
}

/** fetch's shape for a network error: TypeError("fetch failed") with the reason as `cause`. */
function networkError(url: URL, cause: unknown): TypeError {
  return new TypeError(`fetch failed (${url.origin})`, { cause });
}

/** Node's "socket hang up" says little: say the server closed the connection before answering. */
function describeRequestError(error: Error): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ECONNRESET" && error.message === "socket hang up") {
    return Object.assign(new Error("the server closed the connection before answering"), { code });
  }
  return error;
}

function closedMidBody(res: IncomingMessage, received: number): Error {
  const expected = res.headers["content-length"];
  const of = expected === undefined ? `${received} bytes received` : `received ${received} of ${expected} bytes`;
  return Object.assign(new Error(`the server closed the connection before the response body was complete (${of})`), { code: "ECONNRESET" });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}
