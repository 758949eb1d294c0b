#lang racket
(define (trace-wind name thunk)
  (dynamic-wind (lambda () (printf "enter ~a\n" name)) thunk (lambda () (printf "leave ~a\n" name))))
(trace-wind "outer" (lambda () (trace-wind "inner" (lambda () (displayln "body")))))
(define r (let/ec k
  (trace-wind "a" (lambda () (trace-wind "b" (lambda () (k 'jump)))))))
(printf "escaped with ~a\n" r)
(displayln "after jump")
