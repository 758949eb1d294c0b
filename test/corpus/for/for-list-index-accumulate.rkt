#lang racket
(define names '("ann" "bob" "cy"))
(displayln (for/list ([n names] [i (in-naturals 1)]) (format "~a:~a" i n)))
(displayln (for/hash ([n names] [i (in-naturals)]) (values n i)))
(displayln (for/vector ([n names]) (string-length n)))
(displayln (for/fold ([acc ""]) ([n names]) (string-append acc (substring n 0 1))))
