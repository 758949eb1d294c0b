// Language-model calls from Scheme through a session, against the scripted server: the classic
// mistakes of orchestration runtimes, each with a test that fails if we make it.

import { describe, expect, it } from "vitest";
import { closeAfterEach, scriptedSession as setup } from "./support/scripted-session.js";

closeAfterEach();

describe("llm-query", () => {
  it("returns a syntax object that string procedures reject until syntax-e unwraps it", async () => {
    const { session } = await setup([{ match: /capital of France/, reply: "Paris" }]);
    const r = await session.execute(`
      (define r (llm-query #:instruction "Answer briefly." #:data "What is the capital of France?"))
      (displayln (syntax? r))
      (displayln (string-append "City: " (syntax-e r)))
      (string-append "x" r)`);
    expect(r.stdout).toBe("#t\nCity: Paris\n");
    expect(r.status).toBe("error");
    expect(r.error?.message).toMatch(/^string-append: contract violation\n  expected: string\?\n  given: #<syntax "Paris">/);
  });

  it("sends the instruction as the system message and the data as the user message, with every keyword", async () => {
    const { session, server } = await setup([]);
    const r = await session.execute(`(syntax-e (llm-query #:instruction "sys" #:data "user text" #:model "gpt-4.1" #:temperature 0.5 #:max-tokens 77 #:json #t))`);
    expect(r.status).toBe("ok");
    const body = server.requests[0]!.body;
    expect(body.model).toBe("gpt-4.1");
    expect(body.messages[0]).toEqual({ role: "system", content: expect.stringMatching(/^sys/) });
    expect(body.messages[1]).toEqual({ role: "user", content: "user text" });
    expect(body.temperature).toBe(0.5);
    expect(body.max_completion_tokens).toBe(77);
    expect(body.response_format).toEqual({ type: "json_object" });
    // JSON mode without the word JSON in the prompt: the runtime adds the sentence and says so in the trace.
    expect(JSON.stringify(body.messages)).toMatch(/JSON/);
    expect(session.trace().find((e) => e.kind === "llm")?.notes).toEqual([expect.stringMatching(/JSON instruction/)]);
  });

  it("writes non-string #:data as JSON (hashes, lists) or display text, never a syntax object's innards", async () => {
    const { session, server } = await setup([]);
    await session.execute(`
      (define first (llm-query #:data "first"))
      (llm-query #:data (hash 'a 1 'b (list 1 2)))
      (llm-query #:data first)
      (llm-query #:data 'sym)`);
    expect(server.requests.map((r) => r.lastUserMessage)).toEqual(["first", '{"a":1,"b":[1,2]}', "echo: first", "sym"]);
  });

  it("sends #:schema as a JSON schema; the answer is text to parse with string->jsexpr", async () => {
    const { session, server } = await setup([{ reply: { name: "Ada", age: 36 } }]);
    const r = await session.execute(`
      (define schema (hash 'type "object" 'properties (hash 'name (hash 'type "string") 'age (hash 'type "integer")) 'required (list "name" "age") 'additionalProperties #f))
      (define person (string->jsexpr (syntax-e (llm-query #:data "Who?" #:schema schema))))
      (finish (list (hash-ref person 'name) (hash-ref person 'age)))`);
    expect(r.display).toBe("(Ada 36)");
    expect(server.requests[0]!.body.response_format).toMatchObject({ type: "json_schema", json_schema: { schema: { type: "object" } } });
  });

  it("rejects bad keywords with Racket-shaped errors before sending anything", async () => {
    const { session, server } = await setup([]);
    const cases = [
      [`(llm-query #:data "x" #:temperature "hot")`, /^llm-query: contract violation\n  expected: \(real-in 0 2\)\n  given: "hot"/],
      [`(llm-query #:data "x" #:max-tokens 0)`, /^llm-query: contract violation\n  expected: exact-positive-integer\?/],
      [`(llm-query #:data "x" #:bogus 1)`, /^application: procedure does not expect an argument with given keyword\n  procedure: llm-query\n  given keyword: #:bogus/],
      [`(llm-query)`, /^llm-query: nothing to send: give #:instruction and\/or #:data/],
      [`(llm-query #:data "x" #:schema "not a hash")`, /^llm-query: contract violation\n  expected: \(and\/c hash\? jsexpr\?\)/],
    ] as const;
    for (const [code, message] of cases) {
      const r = await session.execute(code);
      expect(r.status, code).toBe("error");
      expect(r.error?.message, code).toMatch(message);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("unsafe-raw-query returns the plain string", async () => {
    const { session } = await setup([{ reply: "(define x 1)" }]);
    const r = await session.execute(`(define code (unsafe-raw-query #:instruction "write code")) (list (string? code) code)`);
    expect(r.display).toBe("(#t (define x 1))");
  });
});

describe("concurrency", () => {
  it("blocking llm-query inside map-async overlaps: 8 calls of 150 ms take about 150 ms", async () => {
    const { session, server } = await setup([{ latencyMs: 150 }]);
    const r = await session.execute(`(map-async (lambda (x) (syntax-e (llm-query #:data (number->string x)))) (range 8))`);
    expect(r.status).toBe("ok");
    expect(server.maxInFlight).toBe(8);
    expect(r.usage.elapsedMs).toBeLessThan(700);
  });

  it("keeps input order when answers come back out of order, with more items than the window", async () => {
    // Item i waits (20 - i) * 15 ms: later items finish first.
    const { session, server } = await setup([{ latencyMs: (req) => (20 - Number(req.lastUserMessage)) * 15, reply: (req) => `r${req.lastUserMessage}` }]);
    const r = await session.execute(`(map-async (lambda (i) (llm-query-async #:data (number->string i))) (range 20) #:max-concurrent 7)`);
    expect(r.value).toEqual(Array.from({ length: 20 }, (_, i) => `r${i}`));
    expect(server.maxInFlight).toBe(7);
    const finishOrder = [...server.requests].sort((a, b) => a.finishedAt! - b.finishedAt!).map((q) => Number(q.lastUserMessage));
    expect(finishOrder).not.toEqual([...finishOrder].sort((a, b) => a - b));
  });

  it("never has more requests in flight than the session cap, across map-async calls and fibers", async () => {
    const { session, server } = await setup([{ latencyMs: 40 }], { limits: { maxConcurrency: 3 } });
    const r = await session.execute(`
      (define hs (for/list ([i 6]) (llm-query-async #:data (format "a~a" i))))
      (define bs (map-async (lambda (i) (syntax-e (llm-query #:data (format "b~a" i)))) (range 6) #:max-concurrent 6))
      (list (length (await-all hs)) (length bs))`);
    expect(r.display).toBe("(6 6)");
    expect(server.maxInFlight).toBe(3);
  });

  it("llm-query-async returns at once; await-all keeps order; await twice gives the same result", async () => {
    const { session } = await setup([{ latencyMs: (req) => (req.lastUserMessage === "slow" ? 120 : 10) }]);
    const r = await session.execute(`
      (define slow (llm-query-async #:data "slow"))
      (define fast (llm-query-async #:data "fast"))
      (define texts (await-all (list slow fast)))
      (define-values (first others) (await-any (list slow fast)))
      (list texts (eq? (await slow) (await slow)) (length others) (syntax? (car (await-all-syntax (list fast)))))`);
    expect(r.display).toBe("((echo: slow echo: fast) #t 1 #t)");
  });

  it("await-any returns the first to complete and the others", async () => {
    const { session } = await setup([{ latencyMs: (req) => (req.lastUserMessage === "a" ? 200 : 20) }]);
    const r = await session.execute(`(let-values ([(text rest) (await-any (list (llm-query-async #:data "a") (llm-query-async #:data "b")))]) (list text (length rest)))`);
    expect(r.display).toBe("(echo: b 1)");
  });
});

describe("errors of calls", () => {
  it("are Scheme errors that try and with-handlers catch (never strings in place of results)", async () => {
    const { session } = await setup([{ match: /boom/, status: 400, errorMessage: "bad request here" }]);
    const r = await session.execute(`
      (define a (try (syntax-e (llm-query #:data "boom")) on-error (lambda (msg) (string-append "caught: " msg))))
      (define b (with-handlers ([exn:fail? (lambda (e) 'handled)]) (llm-query #:data "boom")))
      (define h (llm-query-async #:data "boom"))
      (define c (try (await h) on-error (lambda (m) 'async-caught)))
      (list a b c)`);
    expect(r.status).toBe("ok");
    expect(r.display).toMatch(/^\(caught: llm-query: language-model request failed: HTTP 400 .*bad request here.* handled async-caught\)$/s);
  });

  it("an uncaught call error ends the run as an error with the call's kind and status, keeping output", async () => {
    const { session } = await setup([{ status: 401, errorMessage: "Incorrect API key" }]);
    const r = await session.execute(`(display "before\\n") (llm-query #:data "x")`, { source: "plan.scm" });
    expect(r.status).toBe("error");
    expect(r.stdout).toBe("before\n");
    expect(r.error?.location).toBe("plan.scm:1:22");
    expect(r.error?.callFailure).toEqual({ kind: "http", status: 401 });
  });

  it("map-async: one failure fails the call and cancels the rest (their requests are aborted)", async () => {
    const { session, server } = await setup([
      { match: /bad/, status: 400, latencyMs: 30 },
      { latencyMs: 2000 },
    ]);
    const t0 = performance.now();
    const r = await session.execute(`(map-async (lambda (x) (syntax-e (llm-query #:data x))) (list "ok1" "bad" "ok2" "ok3"))`);
    expect(r.status).toBe("error");
    expect(r.error?.message).toMatch(/HTTP 400/);
    expect(performance.now() - t0).toBeLessThan(1500);
    await server.waitFor(() => server.inFlight === 0);
    expect(server.requests.filter((q) => q.lastUserMessage.startsWith("ok")).every((q) => q.aborted)).toBe(true);
  });

  it("map-async #:on-error supplies a replacement from (handler exn item)", async () => {
    const { session } = await setup([{ match: /bad/, status: 400 }]);
    const r = await session.execute(`
      (map-async (lambda (x) (syntax-e (llm-query #:data x #:timeout 5)))
                 (list "a" "bad" "c")
                 #:on-error (lambda (e item) (string-append "failed " item ": " (if (exn:fail? e) "exn" "?"))))`);
    expect(r.display).toBe("(echo: a failed bad: exn echo: c)");
  }, 20_000);
});

describe("finish", () => {
  it("ends the run from inside define, map and a map-async fiber", async () => {
    const { session } = await setup([]);
    expect((await session.execute(`(define x (finish 42)) (display "never")`)).display).toBe("42");
    const fromFiber = await session.execute(`(map-async (lambda (x) (when (= x 3) (finish (list 'done x))) x) (range 10)) (display "never")`);
    expect(fromFiber).toMatchObject({ status: "finished", display: "(done 3)", value: ["done", 3], stdout: "" });
  });

  it("a run ended by finish abandons its calls in flight (their requests are aborted)", async () => {
    const { session, server } = await setup([{ match: /slow/, hang: true }]);
    const r = await session.execute(`(define h (llm-query-async #:data "slow")) (sleep 0.1) (finish 'early)`);
    expect(r.status).toBe("finished");
    await server.waitFor(() => server.requests.length === 1 && server.requests[0]!.aborted);
  });
});

describe("scaffold names are protected", () => {
  it.each(["(define llm-query 1)", "(set! finish void)", "(define-values (map-async x) (values 1 2))", "(define-syntax try (syntax-rules () [(_ x) x]))", "(eval '(define context 5))"])(
    "%s is refused before anything runs",
    async (code) => {
      const { session } = await setup([]);
      const r = await session.execute(`(display "ran") ${code}`);
      expect(r.status).toBe("error");
      expect(r.error?.message).toMatch(/cannot redefine scaffold binding (llm-query|finish|map-async|try|context)/);
      expect(r.stdout).toBe(code.startsWith("(eval") ? "ran" : "");
    },
  );
});

describe("call errors as exn:fail:llm", () => {
  it("carry the kind and the HTTP status, readable from Scheme", async () => {
    const { session } = await setup([{ match: /limited/, status: 400, errorMessage: "nope" }]);
    const r = await session.execute(`
      (define (outcome data)
        (with-handlers ([exn:fail:llm? (lambda (e) (list (exn:fail:llm-kind e) (exn:fail:llm-status e) (exn:fail? e)))])
          (llm-query #:data data)))
      (list (outcome "limited") (outcome "budget" ) )`, {});
    expect(r.display).toBe("((http 400 #t) echo: budget)");
    const refused = await session.execute(`
      (parameterize ([token-budget 5])
        (with-handlers ([exn:fail:llm? (lambda (e) (list (exn:fail:llm-kind e) (exn:fail:llm-status e)))])
          (llm-query #:data "x" #:max-tokens 100)))`);
    expect(refused.display).toBe("(budget #f)");
  });
});
