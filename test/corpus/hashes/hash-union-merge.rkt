#lang racket
(define (merge a b) (for/fold ([acc a]) ([(k v) b]) (hash-update acc k (lambda (old) (+ old v)) 0)))
(define m (merge (hash 'a 1 'b 2) (hash 'b 10 'c 5)))
(displayln m)
(define mh (make-hash))
(for ([src (list (hash 'x 1) (hash 'x 2 'y 3))])
  (for ([(k v) src]) (hash-update! mh k (curry + v) 0)))
(displayln mh)
