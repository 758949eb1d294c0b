#lang racket
(define-syntax-rule (define-greeter name greeting)
  (define (name who) (string-append greeting ", " who "!")))
(define-greeter hello "Hello")
(define-greeter bonjour "Bonjour")
(displayln (hello "World"))
(displayln (bonjour "Monde"))
