#lang racket
(define (average lst) (/ (apply + lst) (length lst)))
(displayln (average '(1 2 3)))
(displayln (average '()))
