#lang racket
(define cs (string->list "aZ3 !\n"))
(for ([c cs])
  (printf "~s alpha=~a num=~a space=~a upper=~a lower=~a\n"
          c (char-alphabetic? c) (char-numeric? c) (char-whitespace? c)
          (char-upper-case? c) (char-lower-case? c)))
