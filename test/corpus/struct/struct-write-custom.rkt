#lang racket
(struct temp (celsius)
  #:methods gen:custom-write
  [(define (write-proc t port mode) (fprintf port "~a°C" (temp-celsius t)))])
(define t (temp 21.5))
(displayln t)
(printf "~a and ~s\n" t t)
(displayln (list t (temp 0)))
