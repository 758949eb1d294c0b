#lang racket
(define stock (hash 'apple 0 'pear 4 'fig 0 'kiwi 9))
(define in-stock (sort (for/list ([(k v) stock] #:when (positive? v)) k) symbol<?))
(displayln in-stock)
(define restocked (for/hash ([(k v) stock]) (values k (if (zero? v) 10 v))))
(displayln restocked)
(displayln (for/hash ([(k v) stock] #:when (memq k '(apple fig))) (values k v)))
