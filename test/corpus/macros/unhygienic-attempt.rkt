#lang racket
(define-syntax-rule (make-adder n) (lambda (x) (+ x n)))
(define add5 (make-adder 5))
(define x 100)
(displayln (add5 1))
(define-syntax-rule (let-x v body) (let ([x v]) body))
(displayln (let-x 1 x))
