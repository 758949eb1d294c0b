#lang racket
(define-syntax flatten-args
  (syntax-rules ()
    [(_ (a ...) ...) '(a ... ...)]))
(displayln (flatten-args (1 2) (3) (4 5 6)))
(define-syntax pairs
  (syntax-rules ()
    [(_ (k v ...) ...) (list (list 'k (+ v ...)) ...)]))
(displayln (pairs (a 1 2 3) (b 10)))
