#lang racket
(define (f x) (match x [1 'one] [2 'two]))
(displayln (f 1))
(displayln (with-handlers ([exn:misc:match? (lambda (e) "no match!")]) (f 3)))
(displayln (with-handlers ([exn:fail? (lambda (e) (exn-message e))]) (f 3)))
