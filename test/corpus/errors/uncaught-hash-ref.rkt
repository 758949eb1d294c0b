#lang racket
(define settings (hash 'host "localhost"))
(displayln (hash-ref settings 'host))
(displayln (hash-ref settings 'port))
