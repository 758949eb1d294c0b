#lang racket
(define (shape lst)
  (match lst
    ['() "empty"]
    [(list x) (format "one: ~a" x)]
    [(list x y) (format "two: ~a ~a" x y)]
    [(list x y z) (format "three, sum ~a" (+ x y z))]
    [_ "many"]))
(for ([l '(() (1) (1 2) (1 2 3) (1 2 3 4))])
  (displayln (shape l)))
