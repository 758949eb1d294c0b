#lang racket
(define (count-upper s) (for/sum ([c (in-string s)]) (if (char-upper-case? c) 1 0)))
(displayln (count-upper "Hello World From Racket"))
(displayln (list->string (for/list ([c "abcdef"] [i (in-naturals)] #:when (even? i)) c)))
(displayln (for/list ([c1 "abc"] [c2 "xyz"]) (string c1 c2)))
