#lang racket
(displayln
 (for*/list ([a (in-range 1 21)]
             [b (in-range a 21)]
             [c (in-range b 21)]
             #:when (= (+ (* a a) (* b b)) (* c c)))
   (list a b c)))
