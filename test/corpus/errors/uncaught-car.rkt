#lang racket
(displayln "about to fail")
(define (head lst) (car lst))
(displayln (head '(1 2)))
(head '())
