#lang racket
(define area
  (match-lambda
    [(list 'circle r) (* 3 r r)]
    [(list 'rect w h) (* w h)]
    [(list 'square s) (* s s)]))
(displayln (map area '((circle 2) (rect 3 4) (square 5))))
(define swap (match-lambda [(cons a b) (cons b a)]))
(displayln (swap '(1 . 2)))
(define f (match-lambda* [(list x) x] [(list x y) (+ x y)]))
(displayln (list (f 1) (f 1 2)))
