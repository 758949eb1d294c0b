#lang racket
(define (find-pair nums target)
  (for*/first ([i (in-range (length nums))]
               [j (in-range (add1 i) (length nums))]
               #:when (= target (+ (list-ref nums i) (list-ref nums j))))
    (list i j)))
(displayln (find-pair '(2 7 11 15) 9))
(displayln (find-pair '(1 2 3) 100))
