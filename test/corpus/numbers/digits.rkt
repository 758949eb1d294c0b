#lang racket
(define (digits n)
  (if (< n 10) (list n) (append (digits (quotient n 10)) (list (remainder n 10)))))
(displayln (digits 9876543210))
(define (digit-sum n) (apply + (digits n)))
(displayln (digit-sum (expt 2 50)))
(displayln (string->number (list->string (reverse (string->list (number->string 12345))))))
