#lang racket
(for ([x (list 0 -0.0 100 1e21 123.456 1/3 -7/2 (expt 10 25) 0.1 (exact->inexact 2/3))])
  (printf "~a ~s\n" x x))
