#lang racket
(define (same? p)
  (match p
    [(list a a) #t]
    [_ #f]))
(displayln (same? '(1 1)))
(displayln (same? '(1 2)))
(displayln (same? '("x" "x")))
