#lang racket
(match-define (list a b c) '(1 2 3))
(displayln (+ a b c))
(match-define (cons x xs) '(head tail1 tail2))
(printf "~a / ~a\n" x xs)
(match-let ([(list p q) '(10 20)]
            [(vector r) #(30)])
  (displayln (+ p q r)))
(match-let* ([(list a b) '(1 2)] [(list c) (list (+ a b))])
  (displayln c))
