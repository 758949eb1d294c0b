#lang racket
(displayln (list-set '(a b c) 1 'z))
(displayln (list-update '(1 2 3) 2 (lambda (x) (* x 100))))
(define xs '(1 2 3))
(define ys (list-set xs 0 'first))
(displayln xs)
(displayln ys)
