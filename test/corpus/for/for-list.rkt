#lang racket
(displayln (for/list ([i 5]) (* i i)))
(displayln (for/list ([x '(1 2 3)] [y '(a b c)]) (cons x y)))
(displayln (for/list ([i 10] #:when (odd? i)) i))
(displayln (for/list ([i 10] #:unless (odd? i)) i))
(displayln (for/list ([s '("a" "bb" "ccc")]) (string-length s)))
(displayln (for/list ([i (in-range 0 1 0.25)]) i))
