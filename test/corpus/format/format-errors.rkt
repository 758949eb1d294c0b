#lang racket
(displayln (with-handlers ([exn:fail? exn-message]) (format "~a ~a" 1)))
(displayln (with-handlers ([exn:fail? exn-message]) (format "~a" 1 2)))
(displayln (with-handlers ([exn:fail? exn-message]) (printf "~z" 1)))
