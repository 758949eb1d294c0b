#lang racket
(define (compound principal rate years)
  (* principal (expt (+ 1 rate) years)))
(for ([y '(1 5 10)])
  (printf "year ~a: ~a\n" y (real->decimal-string (compound 1000 0.05 y) 2)))
(displayln (compound 1000 1/20 2))
