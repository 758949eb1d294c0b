#lang racket
(define (reverse-words s) (string-join (reverse (string-split s)) " "))
(displayln (reverse-words "one two three four"))
(define (reverse-each s) (string-join (map (lambda (w) (list->string (reverse (string->list w)))) (string-split s)) " "))
(displayln (reverse-each "abc def"))
