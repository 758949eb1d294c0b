#lang racket
(define (count-down n)
  (let loop ([i n] [acc '()])
    (if (< i 0) (reverse acc) (loop (sub1 i) (cons i acc)))))
(displayln (count-down 5))
(displayln (add1 41))
(displayln (sub1 0.5))
(displayln (add1 1/2))
