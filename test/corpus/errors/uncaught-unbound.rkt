#lang racket
(define (compute x) (* x factor))
(displayln (compute 2))
