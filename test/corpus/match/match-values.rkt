#lang racket
(define (divmod a b) (values (quotient a b) (remainder a b)))
(match-define-values (q r) (divmod 17 5))
(printf "~a ~a\n" q r)
(define-values (x y) (values 1 2))
(displayln (match (list x y) [(list 1 b) b]))
