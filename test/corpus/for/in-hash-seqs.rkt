#lang racket
(define h (hash 'a 1 'b 2 'c 3))
(displayln (sort (for/list ([k (in-hash-keys h)]) k) symbol<?))
(displayln (sort (for/list ([v (in-hash-values h)]) v) <))
(displayln (sort (for/list ([(k v) (in-hash h)]) (format "~a~a" k v)) string<?))
(define m (make-hash '((x . 9))))
(for ([(k v) m]) (printf "~a -> ~a\n" k v))
