#lang racket
(struct rect (w h) #:transparent)
(struct circle (r) #:transparent)
(define (area s)
  (cond [(rect? s) (* (rect-w s) (rect-h s))]
        [(circle? s) (* 3.14159 (sqr (circle-r s)))]))
(define shapes (list (rect 2 3) (circle 1) (rect 5 5)))
(for ([s shapes]) (printf "~a -> ~a\n" s (area s)))
(displayln (argmax area shapes))
