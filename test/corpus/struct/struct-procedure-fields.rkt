#lang racket
(struct handler (name proc))
(define handlers (list (handler "double" (lambda (x) (* 2 x))) (handler "square" sqr)))
(for ([h handlers])
  (printf "~a 7 = ~a\n" (handler-name h) ((handler-proc h) 7)))
