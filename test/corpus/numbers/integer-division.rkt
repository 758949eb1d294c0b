#lang racket
(for ([pair '((17 5) (-17 5) (17 -5) (-17 -5))])
  (define a (first pair))
  (define b (second pair))
  (printf "~a ~a: quotient=~a remainder=~a modulo=~a\n"
          a b (quotient a b) (remainder a b) (modulo a b)))
(displayln (quotient 7.0 2))
(displayln (modulo -7.0 2))
