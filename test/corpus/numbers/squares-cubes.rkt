#lang racket
(define (square x) (* x x))
(define (cube x) (* x x x))
(for ([i (in-range 1 8)])
  (printf "~a ~a ~a\n" i (square i) (cube i)))
(displayln (sqr 12))
(displayln (sqr 1.5))
