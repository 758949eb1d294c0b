#lang racket
(displayln (for/list ([i 20] #:when (even? i) #:unless (zero? (modulo i 3))) i))
(displayln (for*/list ([i 4] #:when (odd? i) [j 3] #:unless (= i j)) (cons i j)))
(displayln (for/list ([x '(1 2 3 4 5 6)] #:when (> x 2) #:break (> x 5)) x))
