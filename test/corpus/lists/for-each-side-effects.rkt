#lang racket
(define total 0)
(for-each (lambda (x) (set! total (+ total x))) '(5 10 15))
(displayln total)
(for-each (lambda (k v) (printf "~a=~a\n" k v)) '(a b c) '(1 2 3))
(void (map displayln '("x" "y")))
