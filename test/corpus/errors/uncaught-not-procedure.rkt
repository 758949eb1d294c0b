#lang racket
(define handlers (list 'not-a-function))
((car handlers) 1)
