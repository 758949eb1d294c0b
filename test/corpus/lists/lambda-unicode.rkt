#lang racket
(define square (λ (x) (* x x)))
(displayln (map square '(1 2 3)))
(displayln (map (λ (p) (car p)) '((a . 1) (b . 2))))
(define compose2 (λ (f g) (λ args (f (apply g args)))))
(displayln ((compose2 add1 +) 1 2 3))
(displayln (foldl (λ (x acc) (cons x acc)) '() '(1 2 3)))
(displayln (sort '(3 1 2) (λ (a b) (> a b))))
