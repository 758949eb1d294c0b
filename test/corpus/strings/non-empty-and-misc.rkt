#lang racket
(displayln (non-empty-string? ""))
(displayln (non-empty-string? "a"))
(displayln (string? 'a))
(displayln (string-length ""))
(displayln (string-normalize-spaces "  a   b  c "))
(displayln (string->number "12abc"))
(displayln (number->string 3.0))
