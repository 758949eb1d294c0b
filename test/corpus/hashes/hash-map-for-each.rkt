#lang racket
(define h (hash 'x 10 'y 20 'z 30))
(displayln (sort (hash-map h (lambda (k v) (* v 2))) <))
(displayln (hash-map h (lambda (k v) (list k v)) #t))
(define total 0)
(hash-for-each h (lambda (k v) (set! total (+ total v))))
(displayln total)
(hash-for-each h (lambda (k v) (printf "~a=~a;" k v)) #t)
(newline)
