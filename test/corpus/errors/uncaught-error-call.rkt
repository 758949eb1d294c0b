#lang racket
(define (withdraw balance amount)
  (if (> amount balance)
      (error 'withdraw "insufficient funds: balance ~a, requested ~a" balance amount)
      (- balance amount)))
(displayln (withdraw 100 30))
(displayln (withdraw 100 300))
