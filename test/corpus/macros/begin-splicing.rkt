#lang racket
(define-syntax-rule (define-two a b v)
  (begin (define a v) (define b (* 2 v))))
(define-two p q 21)
(displayln (list p q))
(define (g)
  (define-two m n 5)
  (+ m n))
(displayln (g))
