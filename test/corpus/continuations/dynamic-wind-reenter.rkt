#lang racket
(define k #f)
(define n 0)
(dynamic-wind
  (lambda () (displayln "enter"))
  (lambda () (call/cc (lambda (c) (set! k c))) (set! n (add1 n)) (printf "body ~a\n" n))
  (lambda () (displayln "exit")))
(when (< n 2) (k 'again))
(displayln "finished")
