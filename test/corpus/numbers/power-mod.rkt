#lang racket
(define (pow-mod base exp m)
  (cond [(= exp 0) 1]
        [(even? exp) (let ([h (pow-mod base (quotient exp 2) m)]) (modulo (* h h) m))]
        [else (modulo (* base (pow-mod base (sub1 exp) m)) m)]))
(displayln (pow-mod 2 100 1000000007))
(displayln (modulo (expt 2 100) 1000000007))
(displayln (pow-mod 3 200 13))
