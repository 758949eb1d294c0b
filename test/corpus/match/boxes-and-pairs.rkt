#lang racket
(match (box 7)
  [(box v) (printf "boxed ~a\n" v)])
(match (list 1 (vector 2 3) (box 4))
  [(list a (vector b c) (box d)) (displayln (+ a b c d))])
(match '((1 . 2) (3 . 4))
  [(list (cons a b) ...) (printf "~a ~a\n" a b)])
