#lang racket
(define memo (make-hash))
(define (fib n)
  (or (hash-ref memo n #f)
      (let ([v (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))])
        (hash-set! memo n v)
        v)))
(displayln (fib 80))
(displayln (hash-count memo))
