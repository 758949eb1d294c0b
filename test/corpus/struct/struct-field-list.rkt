#lang racket
(struct book (title author year) #:transparent)
(define b (book "SICP" "Abelson" 1985))
(displayln (struct->vector b))
(define-values (t a y) (values (book-title b) (book-author b) (book-year b)))
(printf "~a by ~a (~a)\n" t a y)
(displayln (book? b))
(displayln (struct? b))
