#lang racket
(define a (hash 'x 1 'y 2))
(define b (hash 'y 20 'z 30))
(define common (for/list ([k (in-hash-keys a)] #:when (hash-has-key? b k)) k))
(displayln common)
(define only-a (sort (filter (lambda (k) (not (hash-has-key? b k))) (hash-keys a)) symbol<?))
(displayln only-a)
(displayln (hash-ref (hash-set* a 'p 1 'q 2) 'q))
(displayln (hash-count (hash-remove (hash-remove b 'y) 'z)))
