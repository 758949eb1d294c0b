#lang racket
(define h (make-hash))
(define (get-or-create! k) (hash-ref! h k (lambda () (make-vector 2 0))))
(vector-set! (get-or-create! 'a) 0 5)
(vector-set! (get-or-create! 'a) 1 7)
(displayln (hash-ref h 'a))
(displayln (hash-ref h 'b (lambda () "lazy default")))
(displayln (hash-ref h 'b "plain default"))
(displayln (hash-ref (hash) 'x #f))
