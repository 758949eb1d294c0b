#lang racket
(define-syntax-rule (repeat n body ...)
  (for ([_ (in-range n)]) body ...))
(repeat 3 (display "hi "))
(newline)
(define-syntax-rule (times n expr) (for/list ([_ (in-range n)]) expr))
(displayln (times 4 'x))
