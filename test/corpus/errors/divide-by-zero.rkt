#lang racket
(displayln (with-handlers ([exn:fail:contract:divide-by-zero? (lambda (e) "div by zero caught")])
             (/ 10 0)))
(displayln (with-handlers ([exn:fail? exn-message]) (quotient 5 0)))
(displayln (with-handlers ([exn:fail? exn-message]) (modulo 5 0)))
(displayln (/ 10.0 0.0))
(displayln (with-handlers ([exn:fail:contract:divide-by-zero? exn-message]) (/ 0 0)))
