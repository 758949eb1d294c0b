#lang racket
(struct thing (a))
(define t1 (thing 1))
(define t2 (thing 1))
(displayln (equal? t1 t2))
(displayln (equal? t1 t1))
(displayln (thing-a t2))
(displayln (list t1))
