#lang racket
(for ([i 10] #:break (> i 3)) (displayln i))
(displayln (for/list ([x '(1 2 3 -1 4)] #:break (negative? x)) x))
(displayln (for/sum ([i 100] #:break (= i 5)) i))
(displayln (for/list ([i 5] #:final (= i 2)) i))
(displayln (for*/list ([i 3] #:break (= i 2) [j 3]) (list i j)))
