#lang racket
(struct shape (name) #:transparent)
(struct polygon shape (sides) #:transparent)
(struct square polygon (len) #:transparent)
(define s (square "sq" 4 2))
(displayln s)
(displayln (list (shape? s) (polygon? s) (square? s)))
(displayln (list (shape-name s) (polygon-sides s) (square-len s)))
(displayln (polygon? (shape "blob")))
