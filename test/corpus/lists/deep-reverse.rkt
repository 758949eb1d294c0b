#lang racket
(define (deep-reverse x)
  (if (pair? x) (reverse (map deep-reverse x)) x))
(displayln (deep-reverse '(1 (2 3) (4 (5 6)))))
(define (count-leaves t)
  (cond [(null? t) 0] [(pair? t) (+ (count-leaves (car t)) (count-leaves (cdr t)))] [else 1]))
(displayln (count-leaves '((1 2) (3 (4 5)) 6)))
(define (tree-map f t) (cond [(null? t) '()] [(pair? t) (cons (tree-map f (car t)) (tree-map f (cdr t)))] [else (f t)]))
(displayln (tree-map (lambda (x) (* x 10)) '(1 (2 3) ((4)))))
