#lang racket
(do ([i 0 (add1 i)]) ((= i 3)) (printf "do ~a\n" i))
(displayln (do ([i 0 (add1 i)] [acc '() (cons i acc)]) ((= i 5) acc)))
(define v (make-vector 5 0))
(do ([i 0 (+ i 1)]) ((= i 5)) (vector-set! v i (* i i)))
(displayln v)
