#lang racket
(define (sqrt-pos x)
  (if (negative? x) (raise-argument-error 'sqrt-pos "(>=/c 0)" x) (sqrt x)))
(displayln (sqrt-pos 4))
(sqrt-pos -1)
