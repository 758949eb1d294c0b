#lang racket
(define (greet name greeting) (string-append greeting ", " name))
(displayln (greet "ann" "hi"))
(displayln (greet "bob"))
