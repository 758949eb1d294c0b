#lang racket
(struct pt (x y) #:prefab)
(define p (pt 1 2))
(displayln p)
(write p) (newline)
(displayln (equal? p (pt 1 2)))
(displayln (pt-x p))
