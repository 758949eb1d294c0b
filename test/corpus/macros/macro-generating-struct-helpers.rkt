#lang racket
(define-syntax-rule (define-enum name valid? (val ...))
  (begin
    (define name '(val ...))
    (define (valid? x) (and (memq x name) #t))))
(define-enum colors valid? (red green blue))
(displayln colors)
(displayln (valid? 'green))
(displayln (valid? 'purple))
