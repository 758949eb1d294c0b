#lang racket
(define (prime? n)
  (and (> n 1)
       (let loop ([d 2])
         (cond [(> (* d d) n) #t]
               [(zero? (remainder n d)) #f]
               [else (loop (add1 d))]))))
(displayln (filter prime? (range 2 60)))
(define (sieve n)
  (define v (make-vector (add1 n) #t))
  (for*/list ([i (in-range 2 (add1 n))]
              #:when (vector-ref v i))
    (for ([j (in-range (* i i) (add1 n) i)]) (vector-set! v j #f))
    i))
(displayln (sieve 50))
