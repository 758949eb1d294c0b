#lang racket
(define (two a b) (+ a b))
(displayln (with-handlers ([exn:fail:contract:arity? exn-message]) (two 1)))
(displayln (with-handlers ([exn:fail:contract:arity? exn-message]) (two 1 2 3)))
(define (opt a [b 2]) (+ a b))
(displayln (with-handlers ([exn:fail? exn-message]) (opt)))
(displayln (with-handlers ([exn:fail? exn-message]) (car 1 2)))
