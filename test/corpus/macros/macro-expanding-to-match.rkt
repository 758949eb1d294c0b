#lang racket
(define-syntax-rule (define-matcher name [pat result] ...)
  (define (name x) (match x [pat result] ... [_ 'unknown])))
(define-matcher classify [(? number?) 'num] [(? string?) 'str] [(list _ ...) 'lst])
(displayln (map classify (list 1 "a" '(1) 'sym)))
