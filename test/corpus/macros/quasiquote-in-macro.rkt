#lang racket
(define-syntax-rule (make-node tag kids ...) `(tag ,kids ...))
(displayln (make-node div (+ 1 2) "text"))
(define-syntax-rule (html tag content) (format "<~a>~a</~a>" 'tag content 'tag))
(displayln (html p "hello"))
(displayln (html b (html i "nested")))
