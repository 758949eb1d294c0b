#lang racket
(match '(1 2 3 4)
  [(list-rest a b more) (printf "~a ~a ~a\n" a b more)])
(match '(1 2 . 3)
  [(list-rest a b tail) (printf "improper tail ~a\n" tail)])
(match '(a b c)
  [(list* x y) (printf "~a then ~a\n" x y)])
