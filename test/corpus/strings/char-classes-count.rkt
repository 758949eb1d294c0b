#lang racket
(define (classify s)
  (for/fold ([letters 0] [digits 0] [spaces 0] [other 0] #:result (list letters digits spaces other))
            ([c (in-string s)])
    (cond [(char-alphabetic? c) (values (add1 letters) digits spaces other)]
          [(char-numeric? c) (values letters (add1 digits) spaces other)]
          [(char-whitespace? c) (values letters digits (add1 spaces) other)]
          [else (values letters digits spaces (add1 other))])))
(displayln (classify "Hello World 2024!!"))
