#lang racket
(displayln (for/sum ([i (in-range 1 101)]) i))
(displayln (for/product ([i (in-range 1 11)]) i))
(displayln (for/sum ([x '(1.5 2.5)]) x))
(displayln (for/product ([x '()]) x))
(displayln (for/sum ([i 10] #:when (even? i)) i))
(displayln (for/sum ([(k v) (hash 'a 1 'b 2)]) v))
