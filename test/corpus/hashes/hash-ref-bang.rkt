#lang racket
(define cache (make-hash))
(define (slow-square n)
  (hash-ref! cache n (lambda () (printf "computing ~a\n" n) (* n n))))
(displayln (slow-square 4))
(displayln (slow-square 4))
(displayln (slow-square 5))
(displayln (hash-count cache))
(displayln (hash-ref! cache 'direct 'value))
