#lang racket
(struct point (x y))
(displayln (with-handlers ([exn:fail:contract? exn-message]) (point-x 42)))
(displayln (with-handlers ([exn:fail? exn-message]) (point 1)))
(struct tpoint (x y) #:transparent)
(displayln (with-handlers ([exn:fail:contract? exn-message]) (tpoint-y "no")))
