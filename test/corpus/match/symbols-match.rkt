#lang racket
(define (op->proc op)
  (match op
    ['+ +] ['- -] ['* *] ['/ /]))
(define (calc expr)
  (match expr
    [(list op a b) ((op->proc op) (calc a) (calc b))]
    [n n]))
(displayln (calc '(+ (* 2 5) (/ 9 3))))
(displayln (calc '(- 1 (/ 1 4))))
