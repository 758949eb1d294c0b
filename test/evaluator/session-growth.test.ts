// A long session runs thousands of programs in one top level: what each leaves behind must not
// grow without bound, or expansion slows down run after run.

import { describe, expect, it } from "vitest";
import { createEvaluator } from "@rlms/primitives";
import { write } from "@rlms/reader";

describe("a top level that runs many programs", () => {
  it("forgets the local variables of each program once it is expanded", () => {
    const ev = createEvaluator();
    const program = `
      (define (f x) (let loop ([x x] [acc '()]) (if (zero? x) acc (loop (- x 1) (cons x acc)))))
      (define-syntax-rule (twice e) (let ([x e]) (list x x)))
      (list (f 3) (twice 1) (let ([x 5]) (* x x)) (for/list ([x 3]) x))`;
    const first = ev.runSync(program);
    expect(first.status === "ok" && write(first.value)).toBe("((1 2 3) (1 1) 25 (0 1 2))");
    const after = ev.namespace.table.bindingCount("x");
    for (let i = 0; i < 200; i++) ev.runSync(program);
    expect(ev.namespace.table.bindingCount("x")).toBe(after);
    expect(after).toBe(0);
  });

  it("keeps what later programs use: top-level definitions, macros, closures over locals", () => {
    const ev = createEvaluator();
    ev.runSync(`(define counter (let ([n 0]) (lambda () (set! n (+ n 1)) n)))
                (define-syntax-rule (swap! a b) (let ([tmp a]) (set! a b) (set! b tmp)))`);
    const r = ev.runSync(`(define p 1) (define q 2) (swap! p q) (counter) (list p q (counter))`);
    expect(r.status === "ok" && write(r.value)).toBe("(2 1 2)");
  });
});
