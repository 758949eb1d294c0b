#lang racket
(define-syntax my-or
  (syntax-rules ()
    [(_) #f]
    [(_ e) e]
    [(_ e r ...) (let ([t e]) (if t t (my-or r ...)))]))
(define t 5)
(displayln (my-or #f t))
(displayln (my-or #f #f))
(displayln (my-or))
(define count 0)
(displayln (my-or (begin (set! count (add1 count)) 'first) 'second))
(displayln count)
