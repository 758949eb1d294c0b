#lang racket
(define (classify n)
  (match n
    [(? negative?) 'negative]
    [(? zero?) 'zero]
    [(? even? x) #:when (> x 100) 'big-even]
    [(? even?) 'even]
    [_ 'odd]))
(displayln (map classify '(-5 0 4 200 7)))
(define (check p)
  (match p
    [(list x y) #:when (= x y) "diagonal"]
    [(list x y) #:when (> x y) "below"]
    [(list _ _) "above"]))
(displayln (map check '((1 1) (3 2) (1 5))))
