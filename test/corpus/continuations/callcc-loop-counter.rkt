#lang racket
(define (count-to n)
  (define k #f)
  (define i 0)
  (call/cc (lambda (c) (set! k c)))
  (set! i (add1 i))
  (printf "i=~a\n" i)
  (if (< i n) (k #f) 'stop))
(displayln (count-to 3))
