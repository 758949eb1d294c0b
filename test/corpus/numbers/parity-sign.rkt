#lang racket
(for ([n (in-range -3 4)])
  (printf "~a even=~a odd=~a zero=~a positive=~a negative=~a\n"
          n (even? n) (odd? n) (zero? n) (positive? n) (negative? n)))
