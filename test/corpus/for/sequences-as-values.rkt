#lang racket
(define (sum-seq seq) (for/sum ([x seq]) x))
(displayln (sum-seq '(1 2 3)))
(displayln (sum-seq #(4 5)))
(displayln (sum-seq 5))
(displayln (sum-seq (in-range 1 4)))
(displayln (sequence? '(1)))
(displayln (sequence? 'sym))
(displayln (sequence-length (in-range 10)))
