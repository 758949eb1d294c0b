#lang racket
(displayln (index-where '(1 3 4 5) even?))
(displayln (check-duplicates '(1 2 3 2)))
(displayln (check-duplicates '(1 2 3)))
(displayln (remf even? '(1 2 3 4)))
(displayln (findf (lambda (x) (> x 2)) '(1 2 3 4)))
(displayln (assf (lambda (k) (> k 1)) '((1 . a) (2 . b))))
(displayln (last '(1 2 3)))
(displayln (list-prefix? '(1 2) '(1 2 3)))
