#lang racket
(struct person (name age) #:transparent)
(define people (list (person "Zed" 40) (person "Amy" 22) (person "Bob" 31)))
(define (older-than n) (filter (lambda (p) (> (person-age p) n)) people))
(displayln (map person-name (older-than 25)))
(displayln (map person-name (sort people string<? #:key person-name)))
(displayln (person-age (argmin person-age people)))
(printf "avg age: ~a\n" (exact->inexact (/ (apply + (map person-age people)) (length people))))
