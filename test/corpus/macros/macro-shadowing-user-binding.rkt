#lang racket
(define-syntax-rule (my-or2 a b) (let ([tmp a]) (if tmp tmp b)))
(define tmp 'user-tmp)
(displayln (my-or2 #f tmp))
(define-syntax-rule (double-call f x) (let ([v x]) (f (f v))))
(define v 3)
(displayln (double-call (lambda (n) (* n v)) 2))
