#lang racket
(define area
  (case-lambda
    [(r) (* 3 r r)]
    [(w h) (* w h)]
    [(a b c) (let ([s (/ (+ a b c) 2)]) (sqrt (* s (- s a) (- s b) (- s c))))]))
(displayln (area 2))
(displayln (area 3 4))
(displayln (area 3 4 5))
(define my-list (case-lambda [() '()] [(x . rest) (cons x rest)]))
(displayln (my-list))
(displayln (my-list 1 2 3))
