#lang racket
(define (parse s) (or (string->number s) (raise (string-append "bad number: " s))))
(displayln (parse "12"))
(parse "zz")
