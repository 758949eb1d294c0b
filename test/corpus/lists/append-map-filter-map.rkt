#lang racket
(displayln (append-map (lambda (x) (list x x)) '(1 2 3)))
(displayln (filter-map (lambda (x) (and (even? x) (* x 10))) '(1 2 3 4)))
(displayln (append-map (lambda (s) (string-split s)) '("a b" "c d e")))
(displayln (count even? '(1 2 3 4 6)))
(displayln (count < '(1 5 3) '(2 4 6)))
(define-values (evens odds) (partition even? '(1 2 3 4 5 6 7)))
(printf "evens ~a odds ~a\n" evens odds)
