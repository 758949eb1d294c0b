#lang racket
(struct temp (degrees)
  #:transparent
  #:guard (lambda (d name)
            (unless (real? d) (error name "not a number: ~a" d))
            d))
(displayln (temp 20))
(displayln (with-handlers ([exn:fail? exn-message]) (temp "hot")))
