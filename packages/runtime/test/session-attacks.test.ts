// Attacks on the session through the scaffold: each is something a plan (or a model writing one)
// could try to get around the host's control; each test shows that it fails.

import { describe, expect, it } from "vitest";
import { closeAfterEach, scriptedSession } from "./support/scripted-session.js";

closeAfterEach();

describe("attacks on a session", () => {
  it("a forged handle is refused by await (only llm-query-async makes handles)", async () => {
    const { session } = await scriptedSession([]);
    for (const fake of [`'handle`, `(vector 'llm-handle 1)`, `(datum->syntax #f "answer")`, `(llm-query #:data "q")`]) {
      const r = await session.execute(`(await ${fake})`);
      expect(r.error?.message, fake).toMatch(/^await: contract violation\n  expected: llm-handle\? \(a value from llm-query-async\)/);
    }
  });

  it("try and with-handlers cannot swallow the run's time limit", async () => {
    const { session } = await scriptedSession([]);
    const r = await session.execute(
      `(display "start") (try (let loop () (loop)) on-error (lambda (m) 'swallowed)) (with-handlers ([(lambda (e) #t) (lambda (e) 'swallowed)]) (let loop () (loop)))`,
      { timeoutMs: 200 },
    );
    expect(r).toMatchObject({ status: "timeout", stdout: "start" });
  });

  it("a handler that loops forever after a failed call is stopped by cancelling the run", async () => {
    const { session, server } = await scriptedSession([{ status: 400 }]);
    const running = session.execute(`(with-handlers ([(lambda (e) #t) (lambda (e) (let loop () (loop)))]) (llm-query #:data "x"))`);
    await server.waitFor(() => server.requests.length === 1 && server.requests[0]!.finishedAt !== undefined);
    await new Promise((r) => setTimeout(r, 50));
    expect(session.cancel()).toBe(true);
    expect((await running).status).toBe("cancelled");
  });

  it("no code runs after finish: dynamic-wind's after thunk and other fibers are not resumed", async () => {
    const { session } = await scriptedSession([{ latencyMs: 50 }]);
    const r = await session.execute(`
      (define h (llm-query-async #:data "later"))
      (map-async (lambda (i) (if (= i 0) (finish 'done) (begin (syntax-e (llm-query #:data "x")) (display "resumed")))) (range 3))
      (dynamic-wind void (lambda () (finish 'second)) (lambda () (display "after")))`);
    expect(r).toMatchObject({ status: "finished", value: "done", stdout: "" });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await session.execute(`(display "next run")`)).stdout).toBe("next run");
  });

  it("a context whose JSON has a __proto__ key gives a hash with that key, and pollutes nothing", async () => {
    const { session } = await scriptedSession([]);
    await session.loadContext(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'));
    const r = await session.execute(`(list (hash-ref context '__proto__ #f) (hash-ref context 'a))`);
    expect(r.display).toBe("(#hasheq((polluted . #t)) 1)");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
