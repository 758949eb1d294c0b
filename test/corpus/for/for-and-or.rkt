#lang racket
(displayln (for/and ([x '(2 4 6)]) (even? x)))
(displayln (for/and ([x '(2 3 6)]) (even? x)))
(displayln (for/or ([x '(1 3 4)]) (even? x)))
(displayln (for/or ([x '(1 3 5)]) (and (> x 2) x)))
(displayln (for/and ([x '(1 2 3)]) (* x 10)))
(displayln (for/and ([x '()]) #f))
(displayln (for/or ([x '()]) #t))
