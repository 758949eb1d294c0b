// The node:http transport (src/llm/node-fetch.ts) against small servers written here, so each
// test controls exactly when the server answers, stalls or hangs up, and can see what the client
// did to the connection (closed it, reused it). Then OpenAIProvider over it, for what the provider
// makes of the transport's answers (redirects, a connection broken mid-body).
import { afterEach, describe, expect, it } from "vitest";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createNetServer, type Server as NetServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { createNodeFetch, LlmError, OpenAIProvider, type NodeFetch } from "../src/llm/index.js";
import { startScriptedServer } from "../../../test/support/scripted-llm-server.js";
import { closeAfterEach, scriptedSession } from "./support/scripted-session.js";

closeAfterEach();

/** What the test server saw of one request. */
interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  remotePort: number;
  /** The client closed the connection before the answer was complete. */
  aborted: boolean;
}

interface TestServer {
  url: string;
  port: number;
  requests: SeenRequest[];
  connections: number;
  /** Resolves once `condition` holds (checked on every server event). */
  until(condition: () => boolean, what: string): Promise<void>;
  close(): Promise<void>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

function fetcher(options: Parameters<typeof createNodeFetch>[0] = {}): NodeFetch {
  const f = createNodeFetch(options);
  cleanups.push(() => f.destroy());
  return f;
}

/** An HTTP server whose handler gets the request with its body already read. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse, seen: SeenRequest) => void): Promise<TestServer> {
  const waiters = new Set<() => void>();
  const changed = () => waiters.forEach((check) => check());
  const requests: SeenRequest[] = [];
  const http = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const seen: SeenRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        remotePort: req.socket.remotePort ?? -1,
        aborted: false,
      };
      requests.push(seen);
      res.on("close", () => {
        if (!res.writableFinished) seen.aborted = true;
        changed();
      });
      handler(req, res, seen);
      changed();
    });
  });
  const server: TestServer = {
    url: "",
    port: 0,
    requests,
    connections: 0,
    until: (condition, what) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`test server: timed out waiting for ${what}`));
        }, 5000);
        const check = () => {
          if (!condition()) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        waiters.add(check);
        check();
      }),
    close: async () => {
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
    },
  };
  http.on("connection", () => {
    server.connections++;
    changed();
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", () => resolve()));
  server.port = (http.address() as AddressInfo).port;
  server.url = `http://127.0.0.1:${server.port}`;
  cleanups.push(() => server.close());
  return server;
}

/** A TCP server that accepts connections and never says a word: a TLS handshake to it never ends. */
async function silentTcpServer(): Promise<{ port: number; sockets: Socket[]; closed: number; until(condition: () => boolean): Promise<void> }> {
  const sockets: Socket[] = [];
  let closed = 0;
  const net: NetServer = createNetServer((socket) => {
    sockets.push(socket);
    socket.resume(); // read (and drop) the ClientHello, or the client's close would never be seen
    socket.on("close", () => closed++);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => net.listen(0, "127.0.0.1", () => resolve()));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        net.close(() => resolve());
      }),
  );
  const state = {
    port: (net.address() as AddressInfo).port,
    sockets,
    get closed() {
      return closed;
    },
    until: async (condition: () => boolean) => {
      const start = performance.now();
      while (!condition()) {
        if (performance.now() - start > 5000) throw new Error("silent TCP server: timed out");
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
  return state;
}

/** The rejection of `promise` (which must reject). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome)) throw new Error(`expected a rejection, got ${String(outcome.value)}`);
  return outcome.error;
}

/** A network failure: fetch's TypeError whose cause says what happened. */
async function networkFailure(promise: Promise<unknown>): Promise<{ error: TypeError; cause: Error & { code?: string } }> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(TypeError);
  const cause = (error as TypeError).cause;
  expect(cause).toBeInstanceOf(Error);
  return { error: error as TypeError, cause: cause as Error & { code?: string } };
}

const json = (value: unknown) => JSON.stringify(value);

describe("node-http fetch: requests and responses", () => {
  it("sends the method, the headers and the body in one piece with its length, and returns status, statusText, headers and body", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(201, "Created Here", [
        ["content-type", "application/json"],
        ["set-cookie", "a=1"],
        ["set-cookie", "b=2"],
        ["x-ratelimit-remaining-requests", "499"],
      ]);
      res.end(json({ ok: true }));
    });
    const response = await fetcher()(`${s.url}/v1/chat/completions?x=1`, {
      method: "post",
      headers: new Headers({ "Content-Type": "application/json", Authorization: "Bearer k" }),
      body: json({ model: "m", text: "héllo" }),
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.statusText).toBe("Created Here");
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${s.url}/v1/chat/completions?x=1`);
    expect(response.headers.get("x-ratelimit-remaining-requests")).toBe("499");
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(await response.json()).toEqual({ ok: true });
    const seen = s.requests[0]!;
    expect(seen.method).toBe("POST");
    expect(seen.url).toBe("/v1/chat/completions?x=1");
    expect(seen.headers["authorization"]).toBe("Bearer k");
    expect(seen.headers["content-type"]).toBe("application/json");
    expect(seen.headers["content-length"]).toBe(String(Buffer.byteLength(json({ model: "m", text: "héllo" }))));
    expect(seen.headers["transfer-encoding"]).toBeUndefined();
    expect(seen.headers["accept-encoding"]).toBeUndefined();
    expect(JSON.parse(seen.body)).toEqual({ model: "m", text: "héllo" });
  });

  it("accepts headers as a plain object and bytes as the body, and gives an empty body as such", async () => {
    const s = await serve((_req, res) => res.writeHead(200).end());
    const response = await fetcher()(new URL(`${s.url}/x`), { method: "PUT", headers: { "X-One": "1" }, body: new TextEncoder().encode("bytes") });
    expect(await response.text()).toBe("");
    expect(s.requests[0]).toMatchObject({ method: "PUT", body: "bytes" });
    expect(s.requests[0]!.headers["x-one"]).toBe("1");
  });

  it("returns a 204 with a null body", async () => {
    const s = await serve((_req, res) => res.writeHead(204).end());
    const response = await fetcher()(s.url);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it("decodes gzip, deflate (zlib-wrapped and raw) and br bodies, keeping the headers as sent", async () => {
    const text = json({ choices: [{ message: { content: "compressed ".repeat(50) } }] });
    const encodings: Record<string, Buffer> = {
      gzip: gzipSync(text),
      deflate: deflateSync(text),
      "raw-deflate": deflateRawSync(text),
      br: brotliCompressSync(text),
    };
    const s = await serve((req, res) => {
      const name = req.url!.slice(1);
      res.writeHead(200, { "content-encoding": name === "raw-deflate" ? "deflate" : name, "content-length": encodings[name]!.length });
      res.end(encodings[name]);
    });
    const f = fetcher();
    for (const name of Object.keys(encodings)) {
      const response = await f(`${s.url}/${name}`);
      expect(await response.text(), name).toBe(text);
      expect(response.headers.get("content-encoding")).toBe(name === "raw-deflate" ? "deflate" : name);
    }
  });

  it("undoes several codings in reverse order, and leaves a body in an unknown coding as it came", async () => {
    const text = "twice encoded";
    const s = await serve((req, res) => {
      if (req.url === "/twice") {
        res.writeHead(200, { "content-encoding": "deflate, gzip" });
        res.end(gzipSync(deflateSync(text)));
      } else {
        res.writeHead(200, { "content-encoding": "x-unknown" });
        res.end("as it came");
      }
    });
    expect(await (await fetcher()(`${s.url}/twice`)).text()).toBe(text);
    expect(await (await fetcher()(`${s.url}/unknown`)).text()).toBe("as it came");
  });

  it("a body that does not decode is a network failure naming the coding", async () => {
    const s = await serve((_req, res) => res.writeHead(200, { "content-encoding": "gzip" }).end("not gzip at all"));
    const { cause } = await networkFailure(fetcher()(s.url));
    expect(cause.message).toMatch(/^cannot decode the gzip response body: incorrect header check$/);
  });

  it("does not follow a redirect: the 3xx comes back with its Location", async () => {
    const s = await serve((req, res) => {
      if (req.url === "/v1/chat/completions") res.writeHead(301, { location: "https://elsewhere.example/v1/chat/completions" }).end("moved");
      else res.writeHead(200).end("followed");
    });
    const response = await fetcher()(`${s.url}/v1/chat/completions`, { method: "POST", body: "{}" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("https://elsewhere.example/v1/chat/completions");
    expect(await response.text()).toBe("moved");
    expect(s.requests).toHaveLength(1);
  });

  it("reuses one keep-alive connection for sequential calls, and opens one per call in flight (no cap)", async () => {
    const hold: ServerResponse[] = [];
    const s = await serve((req, res) => {
      if (req.url === "/hold") hold.push(res);
      else res.writeHead(200).end("ok");
    });
    const f = fetcher();
    for (let i = 0; i < 3; i++) expect(await (await f(s.url)).text()).toBe("ok");
    expect(s.connections).toBe(1);
    expect(new Set(s.requests.map((r) => r.remotePort)).size).toBe(1);

    const concurrent = Array.from({ length: 20 }, () => f(`${s.url}/hold`).then((r) => r.text()));
    await s.until(() => hold.length === 20, "20 requests held at once");
    hold.forEach((res) => res.writeHead(200).end("held"));
    expect(await Promise.all(concurrent)).toEqual(Array(20).fill("held"));
    expect(s.connections).toBe(20);
  });

  it("refuses a Request object, a URL with credentials and a streamed body, saying what to pass", async () => {
    const f = fetcher();
    await expect(f(new Request("http://127.0.0.1:9/"))).rejects.toThrow("node-http fetch: pass the URL as a string or URL (Request objects are not supported)");
    await expect(f("http://user:pw@127.0.0.1:9/")).rejects.toThrow("node-http fetch: the URL http://127.0.0.1:9 includes credentials; send them in a header");
    await expect(f("ftp://127.0.0.1/")).rejects.toThrow("node-http fetch: ftp://127.0.0.1/ is not an http or https URL");
    await expect(f("http://127.0.0.1:9/", { method: "POST", body: new ReadableStream() })).rejects.toThrow(
      "node-http fetch: unsupported request body (ReadableStream); pass a string, an ArrayBuffer or a typed array",
    );
  });
});

describe("node-http fetch: failures", () => {
  it("a refused connection is a TypeError whose cause is the system error", async () => {
    const s = await serve(() => {});
    const url = s.url;
    await s.close();
    const { error, cause } = await networkFailure(fetcher()(url));
    expect(error.message).toBe(`fetch failed (${url})`);
    expect(cause.code).toBe("ECONNREFUSED");
    expect(cause.message).toBe(`connect ECONNREFUSED 127.0.0.1:${s.port}`);
  });

  it("a server that closes the connection before answering", async () => {
    const s = await serve((req) => req.socket.destroy());
    const { cause } = await networkFailure(fetcher()(s.url));
    expect(cause.code).toBe("ECONNRESET");
    expect(cause.message).toBe("the server closed the connection before answering");
  });

  it("a server that closes the connection in the middle of the body", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-length": "100" });
      res.write("0123456789", () => setTimeout(() => res.socket?.destroy(), 10));
    });
    const { cause } = await networkFailure(fetcher()(s.url));
    expect(cause.code).toBe("ECONNRESET");
    expect(cause.message).toBe("the server closed the connection before the response body was complete (received 10 of 100 bytes)");
  });

  it("a chunked body cut short says how much arrived", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200);
      res.write("abcd", () => setTimeout(() => res.socket?.destroy(), 10));
    });
    const { cause } = await networkFailure(fetcher()(s.url));
    expect(cause.message).toBe("the server closed the connection before the response body was complete (4 bytes received)");
  });

  it("a connection (here: a TLS handshake) that does not complete in time fails as a timeout and is closed", async () => {
    const tcp = await silentTcpServer();
    const start = performance.now();
    const { cause } = await networkFailure(fetcher({ connectTimeoutMs: 150 })(`https://127.0.0.1:${tcp.port}/v1`));
    expect(performance.now() - start).toBeGreaterThanOrEqual(140);
    expect(cause.code).toBe("ETIMEDOUT");
    expect(cause.message).toBe(`connect timed out after 150 ms (127.0.0.1:${tcp.port})`);
    await tcp.until(() => tcp.closed === 1);
  });
});

describe("node-http fetch: the AbortSignal acts at once at every stage", () => {
  it("before the request: nothing is sent, and the promise rejects with the signal's reason", async () => {
    const s = await serve((_req, res) => res.end("ok"));
    const reason = new Error("stop before starting");
    const error = await rejection(fetcher()(s.url, { signal: AbortSignal.abort(reason) }));
    expect(error).toBe(reason);
    const plain = await rejection(fetcher()(s.url, { signal: AbortSignal.abort() }));
    expect(plain).toMatchObject({ name: "AbortError" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s.connections).toBe(0);
  });

  it("while connecting: the half-open connection is closed", async () => {
    const tcp = await silentTcpServer();
    const controller = new AbortController();
    const call = fetcher()(`https://127.0.0.1:${tcp.port}/v1`, { signal: controller.signal });
    await tcp.until(() => tcp.sockets.length === 1);
    const start = performance.now();
    controller.abort();
    expect(await rejection(call)).toMatchObject({ name: "AbortError" });
    // At once (microseconds when idle); the bound leaves room for a loaded CI machine.
    expect(performance.now() - start).toBeLessThan(500);
    await tcp.until(() => tcp.closed === 1);
  });

  it("while waiting for the headers: the server sees the connection close", async () => {
    const s = await serve(() => {}); // never answers
    const controller = new AbortController();
    const call = fetcher()(s.url, { method: "POST", body: "{}", signal: controller.signal });
    await s.until(() => s.requests.length === 1, "the request");
    const start = performance.now();
    controller.abort();
    expect(await rejection(call)).toMatchObject({ name: "AbortError" });
    // At once (microseconds when idle); the bound leaves room for a loaded CI machine.
    expect(performance.now() - start).toBeLessThan(500);
    await s.until(() => s.requests[0]!.aborted, "the server to see the close");
  });

  it("while reading the body: the server sees the connection close", async () => {
    let firstChunkSent = false;
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-length": "1000" });
      res.write("part of the body", () => setTimeout(() => (firstChunkSent = true), 30));
    });
    const controller = new AbortController();
    const call = fetcher()(s.url, { signal: controller.signal });
    await s.until(() => s.requests.length === 1, "the request");
    while (!firstChunkSent) await new Promise((resolve) => setTimeout(resolve, 5));
    const start = performance.now();
    controller.abort();
    expect(await rejection(call)).toMatchObject({ name: "AbortError" });
    // At once (microseconds when idle); the bound leaves room for a loaded CI machine.
    expect(performance.now() - start).toBeLessThan(500);
    await s.until(() => s.requests[0]!.aborted, "the server to see the close");
  });

  it("an abort after the answer changes nothing, and the connection stays in the pool", async () => {
    const s = await serve((_req, res) => res.end("done"));
    const controller = new AbortController();
    const f = fetcher();
    const response = await f(s.url, { signal: controller.signal });
    controller.abort();
    expect(await response.text()).toBe("done");
    expect(await (await f(s.url)).text()).toBe("done");
    expect(s.connections).toBe(1);
  });
});

describe("OpenAIProvider over node-http", () => {
  const ask = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "hi" }] };

  async function failure(promise: Promise<unknown>): Promise<LlmError> {
    const error = await rejection(promise);
    expect(error).toBeInstanceOf(LlmError);
    return error as LlmError;
  }

  it("is the default transport, and transport: \"fetch\" (Node's global fetch) gives the same answer", async () => {
    const scripted = await startScriptedServer({ defaultReply: "same" });
    cleanups.push(() => scripted.close());
    const byDefault = new OpenAIProvider({ baseURL: scripted.url, apiKey: "k" });
    const viaFetch = new OpenAIProvider({ baseURL: scripted.url, apiKey: "k", transport: "fetch" });
    expect(byDefault.transport).toBe("node-http");
    expect(viaFetch.transport).toBe("fetch");
    const [a, b] = await Promise.all([byDefault.complete(ask), viaFetch.complete(ask)]);
    expect(a).toEqual(b);
    expect(a.text).toBe("same");
    expect(() => new OpenAIProvider({ baseURL: scripted.url, apiKey: "k", transport: "curl" as never })).toThrow(
      'OpenAIProvider: transport must be "node-http" or "fetch", got "curl"',
    );
  });

  it("a session's llm.transport reaches its provider (the server sees which client spoke)", async () => {
    // undici's fetch adds sec-fetch-mode and accept-encoding to every request; node-http neither.
    const byDefault = await scriptedSession([]);
    await byDefault.session.execute(`(llm-query #:data "hi")`);
    expect(byDefault.server.requests[0]!.headers["sec-fetch-mode"]).toBeUndefined();
    expect(byDefault.server.requests[0]!.headers["accept-encoding"]).toBeUndefined();
    const viaFetch = await scriptedSession([], { llm: { transport: "fetch" } });
    await viaFetch.session.execute(`(llm-query #:data "hi")`);
    expect(viaFetch.server.requests[0]!.headers["sec-fetch-mode"]).toBe("cors");
    expect(viaFetch.server.requests[0]!.headers["accept-encoding"]).toMatch(/gzip/);
  });

  for (const transport of ["node-http", "fetch"] as const) {
    it(`a redirect is an HTTP error naming where it points, not retried and not followed (${transport})`, async () => {
      const s = await serve((req, res) => {
        if (req.url!.startsWith("/old/")) res.writeHead(308, { location: "/new/v1/chat/completions" }).end();
        else res.writeHead(200, { "content-type": "application/json" }).end(json({ choices: [{ message: { content: "followed" } }] }));
      });
      const p = new OpenAIProvider({ baseURL: `${s.url}/old/v1`, apiKey: "k", transport, retry: { baseDelayMs: 1 } });
      const e = await failure(p.complete(ask));
      expect(e).toMatchObject({ kind: "http", status: 308, retryable: false });
      expect(e.message).toBe(
        `language-model request failed: HTTP 308 from ${s.url}/old/v1 (model gpt-4o-mini): the server redirects to /new/v1/chat/completions; redirects are not followed: set the base URL to the address it names`,
      );
      expect(s.requests.map((r) => r.url)).toEqual(["/old/v1/chat/completions"]);
    });
  }

  it("a connection broken in the middle of the body is a retryable connection error that says so", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
      res.write('{"choices": [', () => setTimeout(() => res.socket?.destroy(), 10));
    });
    const p = new OpenAIProvider({ baseURL: `${s.url}/v1`, apiKey: "k", retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 2 } });
    const e = await failure(p.complete(ask));
    expect(e).toMatchObject({ kind: "connection", retryable: true });
    expect(e.message).toBe(
      `cannot reach the language-model server at ${s.url}/v1 (model gpt-4o-mini): the server closed the connection before the response body was complete (received 13 of 500 bytes) (gave up after 1 retry)`,
    );
    expect(s.requests).toHaveLength(2);
  });

  it("a cancellation while the body arrives ends the call as cancelled and closes the connection", async () => {
    let firstChunkSent = false;
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
      res.write('{"choices": [', () => setTimeout(() => (firstChunkSent = true), 30));
    });
    const controller = new AbortController();
    const p = new OpenAIProvider({ baseURL: `${s.url}/v1`, apiKey: "k" });
    const call = p.complete(ask, { signal: controller.signal });
    await s.until(() => s.requests.length === 1, "the request");
    while (!firstChunkSent) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const e = await failure(call);
    expect(e.kind).toBe("cancelled");
    await s.until(() => s.requests[0]!.aborted, "the server to see the close");
    expect(s.requests).toHaveLength(1);
  });
});
