#lang racket
(define (stats lst)
  (for/fold ([n 0] [sum 0] [sumsq 0]) ([x lst])
    (values (add1 n) (+ sum x) (+ sumsq (* x x)))))
(define-values (n sum sumsq) (stats '(1 2 3 4)))
(printf "n=~a sum=~a sumsq=~a\n" n sum sumsq)
(define (split-evens lst) (values (filter even? lst) (filter odd? lst)))
(call-with-values (lambda () (split-evens '(1 2 3 4 5))) (lambda (e o) (printf "~a ~a\n" e o)))
