#lang racket
(define (sorted-letters w) (list->string (sort (string->list (string-downcase w)) char<?)))
(define (anagram? a b) (string=? (sorted-letters a) (sorted-letters b)))
(displayln (anagram? "Listen" "Silent"))
(displayln (anagram? "abc" "abd"))
(define words '("tea" "eat" "tan" "ate" "nat" "bat"))
(define groups (group-by sorted-letters words))
(for ([g groups]) (displayln g))
