#lang racket
(define (divisors n) (filter (lambda (d) (zero? (remainder n d))) (range 1 n)))
(define (perfect? n) (= n (apply + (divisors n))))
(displayln (filter perfect? (range 2 1000)))
(displayln (divisors 28))
