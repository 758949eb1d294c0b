#lang racket
(define al '((a . 1) (b . 2) (c . 3)))
(define h (make-immutable-hash al))
(displayln (cdr (assq 'b al)))
(displayln (hash-ref h 'b))
(displayln (equal? (sort (hash->list h) symbol<? #:key car) al))
(define h2 (for/fold ([acc h]) ([p al]) (hash-set acc (car p) (* 10 (cdr p)))))
(displayln h2)
(displayln (dict-ref al 'c))
