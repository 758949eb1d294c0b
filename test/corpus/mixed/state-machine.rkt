#lang racket
(define transitions
  (hash '(locked coin) 'unlocked
        '(locked push) 'locked
        '(unlocked push) 'locked
        '(unlocked coin) 'unlocked))
(define (step state event) (hash-ref transitions (list state event)))
(define events '(push coin coin push push coin))
(define final
 (for/fold ([state 'locked]) ([e events])
  (define next (step state e))
  (printf "~a --~a--> ~a\n" state e next)
  next))
(printf "final state: ~a\n" final)
