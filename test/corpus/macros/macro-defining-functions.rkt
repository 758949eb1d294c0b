#lang racket
(define-syntax-rule (define-getter name field)
  (define (name alist) (cdr (assq 'field alist))))
(define-getter get-name name)
(define-getter get-age age)
(define rec '((name . "ann") (age . 30)))
(displayln (get-name rec))
(displayln (get-age rec))
(define-syntax define-constants
  (syntax-rules ()
    [(_ [n v] ...) (begin (define n v) ...)]))
(define-constants [pi-ish 3.14] [e-ish 2.72])
(displayln (+ pi-ish e-ish))
