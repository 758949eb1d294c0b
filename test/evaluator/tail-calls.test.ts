// Proper tail calls in every position Scheme requires, constant-space loops and deep recursion.
import { describe, expect, it } from "vitest";
import { ev } from "../support/scheme.js";

const N = 1_000_000;

describe("tail calls", () => {
  it.each([
    ["if", `(define (f n) (if (= n 0) 'done (f (- n 1)))) (f ${N})`],
    ["cond", `(define (f n) (cond [(= n 0) 'done] [else (f (- n 1))])) (f ${N})`],
    ["cond =>", `(define (f n) (cond [(= n 0) 'done] [(- n 1) => f])) (f ${N})`],
    ["and", `(define (f n) (and #t (if (= n 0) 'done (f (- n 1))))) (f ${N})`],
    ["or", `(define (f n) (or #f (if (= n 0) 'done (f (- n 1))))) (f ${N})`],
    ["when", `(define (f n) (if (= n 0) 'done (when #t (f (- n 1))))) (f ${N})`],
    ["unless", `(define (f n) (if (= n 0) 'done (unless #f (f (- n 1))))) (f ${N})`],
    ["case", `(define (f n) (case (if (= n 0) 0 1) [(0) 'done] [else (f (- n 1))])) (f ${N})`],
    ["named let", `(let loop ([i 0]) (if (= i ${N}) 'done (loop (+ i 1))))`],
    ["do", `(do ([i 0 (+ i 1)]) ((= i ${N}) 'done))`],
    ["apply", `(define (f n) (if (= n 0) 'done (apply f (list (- n 1))))) (f ${N})`],
    ["mutual recursion", `(define (e? n) (if (= n 0) #t (o? (- n 1)))) (define (o? n) (if (= n 0) #f (e? (- n 1)))) (if (e? ${N}) 'done 'no)`],
    ["let body", `(define (f n) (let ([m (- n 1)]) (if (< m 0) 'done (f m)))) (f ${N})`],
    ["begin", `(define (f n) (begin 1 (if (= n 0) 'done (f (- n 1))))) (f ${N})`],
    ["call/cc body", `(define (f n) (if (= n 0) 'done (call/cc (lambda (k) (f (- n 1)))))) (f ${N})`],
    ["with-handlers body is not a tail position, but its handler is", `(define (f n) (if (= n 0) 'done (with-handlers ([(lambda (e) #t) (lambda (e) (f (- n 1)))]) (raise 'x)))) (f 10000)`],
    ["parameterize body", `(define p (make-parameter 0)) (define (f n) (if (= n 0) 'done (f (- n 1)))) (parameterize ([p 1]) (f ${N}))`],
  ])("in %s", (_name, code) => {
    expect(ev(code)).toBe("done");
  });

  it("a 10,000,000-iteration loop runs in constant memory", () => {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    expect(ev("(let loop ([i 0] [acc 0]) (if (= i 10000000) acc (loop (+ i 1) (+ acc 1))))")).toBe("10000000");
    const grown = process.memoryUsage().heapUsed - before;
    // A frame per iteration would be hundreds of MB.
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });

  // Racket runs a parameterize body, and a mark's body, in tail position: a loop that sets a mark
  // or parameterizes on every iteration keeps one frame for them (machine/marks.ts,
  // dynamic-frames.ts), where a frame per iteration would keep millions of frames alive.
  it.each([
    ["parameterize", "(define p (make-parameter 0)) (define (f n) (if (= n 0) (p) (parameterize ([p n]) (f (- n 1))))) (f 3000000)", "1"],
    ["with-continuation-mark", "(define (f n) (with-continuation-mark 'k n (if (= n 0) (continuation-mark-set-first #f 'k) (f (- n 1))))) (f 3000000)", "0"],
    [
      "both, alternately",
      "(define p (make-parameter 0)) (define (f n) (with-continuation-mark 'k n (parameterize ([p n]) (if (= n 0) (list (p) (continuation-mark-set->list (current-continuation-marks) 'k)) (f (- n 1)))))) (f 3000000)",
      "(0 (0))",
    ],
  ])("a 3,000,000-iteration loop with %s in tail position runs in constant memory", (_name, code, result) => {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    expect(ev(code)).toBe(result);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe("deep recursion", () => {
  it("a non-tail recursion 1,000,000 deep returns", () => {
    expect(ev(`(define (count n) (if (= n 0) 0 (+ 1 (count (- n 1))))) (count ${N})`)).toBe(String(N));
  });

  it("building a 1,000,000-element list by non-tail recursion, then mapping over it", () => {
    expect(ev(`(define (build n) (if (= n 0) '() (cons n (build (- n 1))))) (length (map (lambda (x) (* x 2)) (build ${N})))`)).toBe(String(N));
  });

  it("deep recursion through a user-defined higher-order procedure", () => {
    expect(ev(`(define (my-map f l) (if (null? l) '() (cons (f (car l)) (my-map f (cdr l))))) (define (build n) (if (= n 0) (quote ()) (cons n (build (- n 1))))) (length (my-map add1 (build ${N})))`)).toBe(String(N));
  });
});
