#lang racket
(define (ints n) (cons n (delay (ints (add1 n)))))
(define (stream-take s k) (if (= k 0) '() (cons (car s) (stream-take (force (cdr s)) (sub1 k)))))
(displayln (stream-take (ints 1) 5))
(define (loop n) (if (= n 0) (delay 'bottom) (lazy (loop (sub1 n)))))
(displayln (force (loop 10000)))
