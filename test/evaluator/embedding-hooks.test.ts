// What the evaluator offers an embedder such as the orchestration scaffold: protected bindings,
// ending a run from any depth, keyword primitives that wait on Promises.

import { describe, expect, it } from "vitest";
import { ControlPrimitive, Exn, FIBER_PRIMITIVES, defineAsyncKeywordPrimitive, type RunResult } from "@rlms/evaluator";
import { createEvaluator } from "@rlms/primitives";
import { formatLocation, write } from "@rlms/reader";

const finish = new ControlPrimitive("finish", [1, 1], (f, [v]) => {
  f.scheduler.finishRun(v);
  f.stop();
});

function sandbox() {
  const ev = createEvaluator({ library: FIBER_PRIMITIVES });
  ev.namespace.defineScaffold("finish", finish);
  const context = ev.namespace.defineScaffold("context", "first", false);
  return { ev, context };
}

function describeResult(r: RunResult): string {
  switch (r.status) {
    case "ok":
    case "finished":
      return `${r.status} ${write(r.value)}`;
    case "error":
      return r.error instanceof Exn ? `error ${r.error.srcloc ? formatLocation(r.error.srcloc) + ": " : ""}${r.error.message.split("\n")[0]}` : `raised ${write(r.error)}`;
    default:
      return r.status;
  }
}

describe("protected (scaffold) bindings", () => {
  it.each([
    ["define", "(define finish 1)", "error p.scm:1:9: define: cannot redefine scaffold binding finish"],
    ["define of a procedure", "(define (finish x) x)", "error p.scm:1:10: define: cannot redefine scaffold binding finish"],
    ["set!", "(set! finish 1)", "error p.scm:1:7: set!: cannot redefine scaffold binding finish"],
    ["define-values", "(define-values (a finish) (values 1 2))", "error p.scm:1:19: define-values: cannot redefine scaffold binding finish"],
    ["define-syntax", "(define-syntax finish (syntax-rules () [(_ x) x]))", "error p.scm:1:16: define-syntax: cannot redefine scaffold binding finish"],
    ["a macro that defines", "(define-syntax-rule (def x v) (define x v)) (def finish 2)", "error p.scm:1:50: define: cannot redefine scaffold binding finish"],
    ["struct", "(struct context (a))", "error p.scm:1:9: define-values: cannot redefine scaffold binding context"],
    ["eval", "(eval '(define finish 3))", "error p.scm:1:1: define: cannot redefine scaffold binding finish"],
  ])("refuses %s at top level, before anything runs", (_what, code, expected) => {
    const { ev } = sandbox();
    expect(describeResult(ev.runSync(`(display "ran") ${code}`, { source: "p.scm" }))).toBe(expected.replace(/p\.scm:1:(\d+)/, (_m, c) => `p.scm:1:${Number(c) + 16}`));
  });

  it("allows local shadowing, as ordinary Scheme", () => {
    const { ev } = sandbox();
    expect(describeResult(ev.runSync("(let ([finish 1]) (set! finish 2) finish)"))).toBe("ok 2");
    expect(describeResult(ev.runSync("(define (f finish) (finish 5)) (f add1)"))).toBe("ok 6");
    expect(describeResult(ev.runSync("(define (g) (define context 'mine) context) (g)"))).toBe("ok mine");
  });

  it("lets the host change a non-constant one between runs, seen by code compiled before", () => {
    const { ev, context } = sandbox();
    expect(describeResult(ev.runSync("(define (get) context) (get)"))).toBe('ok "first"');
    context.value = "second";
    expect(describeResult(ev.runSync("(get)"))).toBe('ok "second"');
  });
});

describe("ending a run from any depth (finish)", () => {
  it.each([
    ["at top level, skipping the rest", "(finish 1) (display 'never)", "finished 1"],
    ["in a define's right-hand side", "(define x (finish 'from-define)) (display 'never)", "finished from-define"],
    ["in a map callback", "(map (lambda (x) (when (= x 2) (finish x)) x) '(1 2 3))", "finished 2"],
    ["through with-handlers and dynamic-wind", "(with-handlers ([(lambda (e) #t) (lambda (e) 'caught)]) (dynamic-wind void (lambda () (finish 'out)) void))", "finished out"],
    ["in another fiber", "(define h (spawn (lambda () (finish 'from-fiber)))) (join h) 'not-this", "finished from-fiber"],
  ])("%s", (_what, code, expected) => {
    const { ev } = sandbox();
    expect(describeResult(ev.runSync(code))).toBe(expected);
  });

  it("ends a run whose other fibers are still waiting", async () => {
    const { ev } = sandbox();
    const t0 = performance.now();
    const r = await ev.run("(define slow (spawn (lambda () (sleep 5) 'slow))) (finish 'fast)");
    expect(describeResult(r)).toBe("finished fast");
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe("keyword primitives that wait", () => {
  it("suspend only the calling fiber and read its dynamic state", async () => {
    const ev = createEvaluator({
      library: [
        ...FIBER_PRIMITIVES,
        [
          "later",
          defineAsyncKeywordPrimitive("later", 1, ["ms"], (args, kws) => {
            const ms = (kws.get("ms") as number | undefined) ?? 0;
            return new Promise((resolve) => setTimeout(() => resolve(args[0]), ms));
          }),
        ],
      ],
    });
    const t0 = performance.now();
    const r = await ev.run("(define a (spawn (lambda () (later 'a #:ms 100)))) (define b (spawn (lambda () (later 'b #:ms 100)))) (list (later 'c #:ms 100) (join a) (join b))");
    const elapsed = performance.now() - t0;
    expect(describeResult(r)).toBe("ok (c a b)");
    expect(elapsed).toBeLessThan(250);
  });
});
