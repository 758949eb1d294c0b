#lang racket
(define (my-sum lst)
  (match lst
    ['() 0]
    [(cons h t) (+ h (my-sum t))]))
(displayln (my-sum '(1 2 3 4)))
(match (cons 1 2)
  [(cons a b) (printf "car ~a cdr ~a\n" a b)])
(match '(1 2 3)
  [(cons first rest) (printf "first ~a rest ~a\n" first rest)])
