#lang racket
(define (first-word s)
  (match s
    [(app string-split (list w _ ...)) w]
    [_ "none"]))
(displayln (first-word "hello there world"))
(displayln (first-word "   "))
(match 5
  [(app (lambda (x) (* x x)) 25) (displayln "square is 25")])
