#lang racket
(define-syntax define-record
  (syntax-rules ()
    [(_ name field ...)
     (define (name field ...) (list (cons 'field field) ...))]))
(define-record make-person name age)
(displayln (make-person "ann" 30))
(define-syntax-rule (getters obj key ...) (list (cdr (assq 'key obj)) ...))
(displayln (getters (make-person "bob" 4) age name))
