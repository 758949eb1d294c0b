#lang racket
(struct color (r g b) #:transparent)
(define colors (list (color 255 0 0) (color 0 255 0)))
(displayln colors)
(write colors) (newline)
(print colors) (newline)
(printf "~a | ~s | ~v\n" (car colors) (car colors) (car colors))
(displayln (format "~a" (color 1 2 3)))
