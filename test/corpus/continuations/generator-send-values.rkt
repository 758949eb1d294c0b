#lang racket
(require racket/generator)
;; Generators that receive values: each call's arguments become the result of yield.
(define running-average
  (generator (first)
    (let loop ([sum first] [count 1])
      (define next (yield (/ sum count)))
      (loop (+ sum next) (add1 count)))))

(for ([x '(10 20 30 40)])
  (printf "after ~a: average ~a\n" x (running-average x)))

;; A generator taking two values at each step
(define pairs
  (generator (a b)
    (let loop ([a a] [b b] [n 1])
      (define-values (a2 b2) (yield (format "step ~a: ~a + ~a = ~a" n a b (+ a b))))
      (loop a2 b2 (add1 n)))))
(displayln (pairs 1 2))
(displayln (pairs 3 4))
(displayln (pairs 10 20))

;; Yielding several values at once
(define divmods
  (generator ()
    (for ([n '(17 23 9)])
      (yield n (quotient n 5) (remainder n 5)))
    (values #f #f #f)))
(let loop ()
  (define-values (n q r) (divmods))
  (when n
    (printf "~a = 5*~a + ~a\n" n q r)
    (loop)))
(printf "state: ~a\n" (generator-state divmods))
