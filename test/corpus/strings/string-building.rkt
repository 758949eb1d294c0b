#lang racket
(define (repeat-string s n) (apply string-append (for/list ([i n]) s)))
(displayln (repeat-string "ab" 3))
(define (pad-left s n) (string-append (make-string (max 0 (- n (string-length s))) #\space) s))
(displayln (string-append "[" (pad-left "7" 3) "]"))
(define parts (for/list ([i 5]) (number->string (* i i))))
(displayln (string-join parts "+"))
(displayln (string-append* "a" "b" '("c" "d")))
(displayln (~a "x" 1 'y))
