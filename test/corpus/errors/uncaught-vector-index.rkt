#lang racket
(define v (vector 1 2 3))
(for ([i 4]) (displayln (vector-ref v i)))
