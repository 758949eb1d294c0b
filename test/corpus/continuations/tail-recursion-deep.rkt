#lang racket
(define (count-up n) (let loop ([i 0]) (if (= i n) i (loop (add1 i)))))
(displayln (count-up 1000000))
(define (even2? n) (if (= n 0) #t (odd2? (sub1 n))))
(define (odd2? n) (if (= n 0) #f (even2? (sub1 n))))
(displayln (even2? 100001))
(define (build n) (if (= n 0) '() (cons n (build (sub1 n)))))
(displayln (length (build 100000)))
