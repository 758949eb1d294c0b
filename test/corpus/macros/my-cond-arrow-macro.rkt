#lang racket
(define-syntax my-case
  (syntax-rules (else)
    [(_ v [else e]) e]
    [(_ v [(k ...) e] clause ...) (if (memv v '(k ...)) e (my-case v clause ...))]))
(define (size n) (my-case n [(1 2 3) 'small] [(4 5 6) 'medium] [else 'big]))
(displayln (map size '(1 5 9)))
