#lang racket
(define grid (make-hash))
(for* ([r 3] [c 3]) (hash-set! grid (vector r c) (* r c)))
(displayln (hash-ref grid (vector 2 2)))
(displayln (hash-ref grid #(1 2)))
(displayln (hash-count grid))
(define pts (make-hash))
(hash-set! pts (cons 1 2) 'a)
(displayln (hash-ref pts '(1 . 2)))
