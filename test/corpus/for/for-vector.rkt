#lang racket
(displayln (for/vector ([i 5]) (* i 2)))
(displayln (for/vector #:length 3 ([i 10]) i))
(displayln (for/vector ([c "abc"]) (char-upcase c)))
(displayln (for*/vector ([i 2] [j 2]) (+ (* 10 i) j)))
(define v (for/vector ([x '(3 1 2)]) (* x x)))
(displayln (vector-length v))
