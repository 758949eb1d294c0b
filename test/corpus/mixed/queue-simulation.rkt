#lang racket
(define (simulate arrivals service-time)
  (for/fold ([clock 0] [waits '()] #:result (reverse waits)) ([a arrivals])
    (define start (max clock a))
    (values (+ start service-time) (cons (- start a) waits))))
(define waits (simulate '(0 1 2 3 10 11) 3))
(displayln waits)
(printf "average wait: ~a\n" (exact->inexact (/ (apply + waits) (length waits))))
(printf "max wait: ~a\n" (apply max waits))
