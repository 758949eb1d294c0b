#lang racket
(struct point (x y) #:transparent)
(struct circle (center radius))
(define (describe s)
  (match s
    [(point 0 0) "origin"]
    [(point x 0) (format "on x-axis at ~a" x)]
    [(point x y) (format "point ~a,~a" x y)]
    [(circle (point cx cy) r) (format "circle at ~a,~a r=~a" cx cy r)]))
(displayln (describe (point 0 0)))
(displayln (describe (point 5 0)))
(displayln (describe (point 1 2)))
(displayln (describe (circle (point 1 1) 9)))
