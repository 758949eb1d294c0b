#lang racket
(define (fmt x) (format "~a|~a|~a" (~r x #:precision 3) (~r x #:precision '(= 3)) (real->decimal-string x 3)))
(for ([x (list 0 1 -1 2/3 3.14159 100.5 1e-4 123456.789)])
  (displayln (fmt x)))
