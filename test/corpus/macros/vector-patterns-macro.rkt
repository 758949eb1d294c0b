#lang racket
(define-syntax vec-sum
  (syntax-rules ()
    [(_ #(x ...)) (+ x ...)]))
(displayln (vec-sum #(1 2 3)))
(define-syntax first-of
  (syntax-rules ()
    [(_ (a . rest)) 'a]))
(displayln (first-of (hello world)))
