#lang racket
(define (kind c)
  (match c
    [#\a "letter a"]
    [(? char-numeric?) "digit"]
    [(? char-alphabetic?) "letter"]
    [_ "other"]))
(displayln (map kind (string->list "a1b?")))
(match "key=value"
  [(regexp #rx"^([a-z]+)=(.*)$" (list _ k v)) (printf "~a -> ~a\n" k v)])
