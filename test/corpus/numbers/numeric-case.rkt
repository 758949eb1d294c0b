#lang racket
(define (classify n)
  (case n
    [(0) 'zero]
    [(1 2 3) 'small]
    [(4 5 6) 'medium]
    [else 'large]))
(displayln (map classify '(0 2 5 9)))
(define (sign-word n) (cond [(positive? n) "positive"] [(negative? n) "negative"] [else "zero"]))
(displayln (map sign-word '(-2 0 3.5)))
