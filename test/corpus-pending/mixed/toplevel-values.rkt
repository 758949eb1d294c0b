#lang racket
(define (factorial n) (if (zero? n) 1 (* n (factorial (sub1 n)))))
(factorial 5)
(map factorial '(1 2 3))
"a string"
'sym
(displayln "displayed")
(values 1 2)
(void)
(list "x" #\y 2.5)
