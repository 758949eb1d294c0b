#lang racket
(define words '("kiwi" "banana" "fig" "cherry"))
(displayln (argmin string-length words))
(displayln (argmax string-length words))
(displayln (argmin car '((3 a) (1 b) (1 c))))
(displayln (argmax (lambda (x) (* x x)) '(-5 3 4)))
