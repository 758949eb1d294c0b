#lang racket
(define p (delay (begin (displayln "computing...") (* 6 7))))
(displayln (promise? p))
(displayln (force p))
(displayln (force p))
(displayln (force 5))
(define lp (lazy (delay 'lazy-val)))
(displayln (force lp))
(displayln (promise-forced? (delay 1)))
