#lang racket
(define p (cons 1 2))
(displayln p)
(write (cons 1 (cons 2 3))) (newline)
(write '(a . (b . (c . ())))) (newline)
(displayln (list* 1 2 '(3 4)))
(displayln (list* 1 2 3))
(displayln (cons '(1) '(2)))
(print (cons "a" 'b)) (newline)
