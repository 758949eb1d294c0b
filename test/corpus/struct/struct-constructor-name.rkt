#lang racket
(struct vec2 (x y) #:transparent #:constructor-name make-vec2)
(define v (make-vec2 1 2))
(displayln v)
(displayln (vec2-x v))
(struct p3 (x y z) #:transparent #:extra-constructor-name make-p3)
(displayln (make-p3 1 2 3))
(displayln (p3 4 5 6))
