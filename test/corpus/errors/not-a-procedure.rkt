#lang racket
(displayln (with-handlers ([exn:fail:contract? exn-message]) (5 3)))
(displayln (with-handlers ([exn:fail:contract? exn-message]) ("str")))
(define x 'sym)
(displayln (with-handlers ([exn:fail? exn-message]) (x 1 2)))
