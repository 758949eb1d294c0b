#lang racket
(for ([x (list 1 1/3 0.25 2.0 1e10 -7/8)])
  (printf "~a -> exact ~a inexact ~a\n" x (inexact->exact x) (exact->inexact x)))
