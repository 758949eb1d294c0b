#lang racket
(define-syntax-rule (define-counter name)
  (define name (let ([n 0]) (lambda () (set! n (add1 n)) n))))
(define-counter next-id)
(define-counter other-id)
(displayln (list (next-id) (next-id) (other-id) (next-id)))
