#lang racket
(define (lookup k) (cond [(assq k '((a . 1) (b . 2))) => cdr] [else 'none]))
(displayln (lookup 'b))
(displayln (lookup 'z))
(define (kind c)
  (case c
    [(#\a #\e #\i #\o #\u) 'vowel]
    [(#\space) 'space]
    [else 'consonant]))
(displayln (map kind (string->list "hi you")))
(displayln (case (* 2 3) [(2 3 5 7) 'prime] [(1 4 6 8 9) 'composite]))
