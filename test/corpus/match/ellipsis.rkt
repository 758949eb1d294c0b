#lang racket
(define (f x)
  (match x
    [(list 'add nums ...) (apply + nums)]
    [(list 'mul nums ...) (apply * nums)]
    [(list (list k v) ...) (map cons k v)]))
(displayln (f '(add 1 2 3)))
(displayln (f '(mul 2 3 4)))
(displayln (f '((a 1) (b 2))))
(match '(1 2 3 4 5)
  [(list a b rest ...) (printf "a=~a b=~a rest=~a\n" a b rest)])
(match '(x 1 2 y)
  [(list 'x mid ... 'y) (displayln mid)])
