#lang racket
(define prices (hash 'coffee 3.5 'tea 2.0 'cake 4.25))
(define taxed (for/hash ([(k v) prices]) (values k (* v 1.1))))
(for ([k (sort (hash-keys taxed) symbol<?)])
  (printf "~a ~a\n" k (real->decimal-string (hash-ref taxed k) 2)))
(displayln (hash-map prices (lambda (k v) k) #t))
