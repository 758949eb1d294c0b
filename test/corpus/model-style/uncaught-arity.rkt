#lang racket
;; Calling a function with the wrong number of arguments
(define (distance x1 y1 x2 y2)
  (sqrt (+ (sqr (- x2 x1)) (sqr (- y2 y1)))))
(printf "distance: ~a\n" (distance 0 0 3 4))
(printf "distance: ~a\n" (distance 1 1 4 5))
(define points '((0 0) (3 4) (6 8)))
(printf "path length: ~a\n"
        (for/sum ([a points] [b (cdr points)]) (distance (first a) (second a) (first b) (second b))))
(distance '(0 0) '(3 4))
