#lang racket
(letrec ([is-even? (lambda (n) (if (= n 0) #t (is-odd? (- n 1))))]
         [is-odd? (lambda (n) (if (= n 0) #f (is-even? (- n 1))))])
  (displayln (is-even? 10))
  (displayln (is-odd? 7)))
(letrec ([a 1] [b (lambda () (+ a 1))]) (displayln (list a (b))))
(define (outer)
  (define (helper x) (if (> x 0) (helper (- x 1)) 'bottom))
  (helper 5))
(displayln (outer))
