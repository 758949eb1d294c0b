#lang racket
(define (vec-desc v)
  (match v
    [(vector) "empty vector"]
    [(vector x) (format "singleton ~a" x)]
    [(vector x y) (format "pair ~a,~a" x y)]
    [(vector x ...) (format "~a elements" (length x))]))
(for ([v (list #() #(1) #(1 2) #(1 2 3 4))])
  (displayln (vec-desc v)))
