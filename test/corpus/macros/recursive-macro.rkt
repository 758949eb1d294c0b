#lang racket
(define-syntax my-and
  (syntax-rules ()
    [(_) #t]
    [(_ e) e]
    [(_ e1 e2 ...) (if e1 (my-and e2 ...) #f)]))
(displayln (my-and 1 2 3))
(displayln (my-and 1 #f 3))
(displayln (my-and))
(define-syntax my-list-of
  (syntax-rules ()
    [(_) '()]
    [(_ x rest ...) (cons x (my-list-of rest ...))]))
(displayln (my-list-of 1 (+ 1 1) 3))
