#lang racket
(define r (with-handlers ([exn:fail:contract? (lambda (e) 'recovered)]) (car 5)))
(displayln r)
(string-append "a" 'b)
