#lang racket
(displayln (andmap positive? '(1 2 3)))
(displayln (andmap positive? '(1 -2 3)))
(displayln (ormap negative? '(1 -2 3)))
(displayln (ormap negative? '()))
(displayln (andmap (lambda (x) x) '()))
(displayln (andmap + '(1 2) '(3 4)))
(displayln (ormap (lambda (x) (and (> x 2) (* x 10))) '(1 2 3 4)))
