#lang racket
(displayln (equal? '(1 2 (3)) (list 1 2 (list 3))))
(displayln (eq? '() '()))
(displayln (equal? '(1 . 2) (cons 1 2)))
(displayln (equal? '(1 2) '(1 2 3)))
(displayln (eqv? 'a 'a))
(displayln (equal? "ab" (string #\a #\b)))
(displayln (equal? #(1 2) (vector 1 2)))
