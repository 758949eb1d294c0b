#lang racket
(define-syntax unless2
  (syntax-rules ()
    ((_ test stmt ...) (if (not test) (begin stmt ...) (void)))))
(unless2 (> 1 2) (displayln "1 is not greater than 2"))
(define-syntax my-inc
  (syntax-rules ()
    ((_ x) (my-inc x 1))
    ((_ x n) (begin (set! x (+ x n)) x))))
(define z 5)
(displayln (my-inc z))
(displayln (my-inc z 10))
