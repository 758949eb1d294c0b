#lang racket
(define h #hash((a . 1) (b . 2)))
(displayln (hash-ref h 'b))
(define h2 #hasheq((x . "ex")))
(displayln (hash-ref h2 'x))
(displayln (hash-set h 'c 3))
(define nested (hash 'inner (hash 'deep 42)))
(displayln (hash-ref (hash-ref nested 'inner) 'deep))
(write (hash "k" '(1 2))) (newline)
