#lang racket
(define current-currency (make-parameter "USD"))
(define current-rate (make-parameter 1))
(define (price amount) (format "~a ~a" (~r (* amount (current-rate)) #:precision '(= 2)) (current-currency)))
(displayln (price 10))
(parameterize ([current-currency "EUR"] [current-rate 0.9])
  (displayln (price 10))
  (parameterize ([current-currency "GBP"] [current-rate 0.8]) (displayln (price 10))))
(displayln (price 2.5))
