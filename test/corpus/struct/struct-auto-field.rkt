#lang racket
(struct config (name [debug #:auto]) #:auto-value #f #:transparent)
(define c (config "app"))
(displayln (config-debug c))
(displayln c)
