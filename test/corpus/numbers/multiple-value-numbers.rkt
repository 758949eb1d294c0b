#lang racket
(define-values (s r) (integer-sqrt/remainder 20))
(printf "~a ~a\n" s r)
(define-values (q rem) (quotient/remainder 47 5))
(printf "~a ~a\n" q rem)
(call-with-values (lambda () (quotient/remainder -47 5)) (lambda (a b) (printf "~a ~a\n" a b)))
