#lang racket
;; Shapes with structs; the last call passes the wrong struct to an accessor
(struct circle (radius) #:transparent)
(struct rect (w h) #:transparent)
(define (area s)
  (cond [(circle? s) (* pi (sqr (circle-radius s)))]
        [(rect? s) (* (rect-w s) (rect-h s))]))
(define shapes (list (circle 1) (rect 2 3) (circle 2.5)))
(for ([s shapes]) (printf "~a has area ~a\n" s (~r (area s) #:precision 2)))
(printf "total: ~a\n" (~r (apply + (map area shapes)) #:precision 3))
(printf "widest rect: ~a\n" (rect-w (rect 5 1)))
(rect-w (first shapes))
