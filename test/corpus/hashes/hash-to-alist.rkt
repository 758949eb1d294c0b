#lang racket
(define h (hash 'one 1 'two 2 'three 3))
(define al (sort (hash->list h) < #:key cdr))
(displayln al)
(define back (make-immutable-hash al))
(displayln (hash-ref back 'two))
(displayln (equal? back h))
(define from-pairs (for/hash ([p al]) (values (cdr p) (car p))))
(displayln from-pairs)
