#lang racket
;; Anonymous procedures are named by their location; Racket keeps one more character of the
;; file name for a lambda with optional or keyword arguments (racket/private/kw.rkt names those).
(displayln (with-handlers ([exn:fail? exn-message]) ((lambda (x) x))))
(displayln (with-handlers ([exn:fail? exn-message]) ((lambda (x #:k [k 1]) x))))
(displayln (with-handlers ([exn:fail? exn-message]) ((lambda (x [y 1]) x))))
(displayln (lambda (x #:k [k 1]) x))
(displayln (lambda (x) x))
(displayln (with-handlers ([exn:fail? exn-message]) ((lambda (x #:k k) x) 1)))
