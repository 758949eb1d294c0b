#lang racket
(define (harmonic n) (for/sum ([k (in-range 1 (add1 n))]) (/ 1 k)))
(displayln (harmonic 10))
(displayln (exact->inexact (harmonic 10)))
(define (leibniz n)
  (* 4.0 (for/sum ([k n]) (/ (if (even? k) 1 -1) (+ (* 2 k) 1)))))
(displayln (real->decimal-string (leibniz 1000) 5))
