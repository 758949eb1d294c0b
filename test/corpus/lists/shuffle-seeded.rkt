#lang racket
(random-seed 1)
(define deck (range 1 11))
(define shuffled (shuffle deck))
(displayln (length shuffled))
(displayln (sort shuffled <))
(displayln (equal? (sort shuffled <) deck))
