#lang racket
(define vals (list 0 1 -3 2.5 1/2 +inf.0 "7" 'x 4.0))
(for ([v vals])
  (printf "~s number?=~a integer?=~a exact?=~a real?=~a\n"
          v (number? v) (integer? v) (and (number? v) (exact? v)) (real? v)))
