#lang racket
(for ([x '(2.5 3.5 -2.5 2.4 2.6 -0.5 0.5 7/2 5/2 -7/2)])
  (printf "~a: floor ~a ceiling ~a round ~a truncate ~a\n"
          x (floor x) (ceiling x) (round x) (truncate x)))
