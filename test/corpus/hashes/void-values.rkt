#lang racket
(define v (void))
(displayln (void? v))
(displayln (void? 1))
(write (list (void) (void 1 2))) (newline)
(displayln (list (when #f 'x) 1))
(define h (make-hash))
(displayln (void? (hash-set! h 'a 1)))
(displayln (for-each displayln '()))
