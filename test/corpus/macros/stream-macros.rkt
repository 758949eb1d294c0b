#lang racket
(define-syntax-rule (my-delay e) (lambda () e))
(define (my-force p) (p))
(define-syntax-rule (scons a b) (cons a (my-delay b)))
(define (scar s) (car s))
(define (scdr s) (my-force (cdr s)))
(define (ints-from n) (scons n (ints-from (add1 n))))
(define (stake s n) (if (= n 0) '() (cons (scar s) (stake (scdr s) (sub1 n)))))
(displayln (stake (ints-from 5) 4))
