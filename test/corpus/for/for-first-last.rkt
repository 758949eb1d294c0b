#lang racket
(displayln (for/first ([x '(1 3 4 5 6)] #:when (even? x)) x))
(displayln (for/last ([x '(1 3 4 5 6)] #:when (odd? x)) x))
(displayln (for/first ([x '()]) x))
(displayln (for/last ([i 5]) (* i 10)))
(displayln (for/first ([(k v) (in-hash (hash 'only 1))]) k))
