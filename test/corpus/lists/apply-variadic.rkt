#lang racket
(define (sum . xs) (apply + xs))
(displayln (sum))
(displayln (sum 1 2 3))
(displayln (apply sum 1 2 '(3 4)))
(define (tagged tag . items) (cons tag items))
(displayln (tagged 'point 1 2))
(displayln (apply max 3 '(7 2)))
(displayln (apply string-append (map symbol->string '(a b c))))
