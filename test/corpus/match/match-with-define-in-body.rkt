#lang racket
(define (analyze lst)
  (match lst
    [(list nums ...)
     (define total (apply + nums))
     (define n (length nums))
     (if (zero? n) 'empty (/ total n))]))
(displayln (analyze '(2 4 6)))
(displayln (analyze '()))
