#lang racket
(displayln (cartesian-product '(1 2) '(a b)))
(displayln (cartesian-product '(x) '(1 2 3) '("p" "q")))
(displayln (length (cartesian-product (range 3) (range 4))))
(for ([combo (cartesian-product '(red blue) '(s m))])
  (printf "~a-~a " (first combo) (second combo)))
(newline)
