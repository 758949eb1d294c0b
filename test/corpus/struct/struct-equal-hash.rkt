#lang racket
(struct pair2 (a b) #:transparent)
(displayln (equal? (pair2 1 '(2)) (pair2 1 '(2))))
(displayln (equal? (pair2 1 2) (pair2 2 1)))
(displayln (member (pair2 3 4) (list (pair2 1 2) (pair2 3 4))))
(displayln (remove-duplicates (list (pair2 1 1) (pair2 1 1) (pair2 2 2))))
