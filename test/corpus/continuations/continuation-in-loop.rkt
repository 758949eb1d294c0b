#lang racket
(define results '())
(define k-saved #f)
(let ()
  (define i (call/cc (lambda (k) (set! k-saved k) 0)))
  (set! results (cons i results))
  (when (< i 4) (k-saved (add1 i))))
(displayln (reverse results))
