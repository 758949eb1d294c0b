#lang racket
;; A simple bank account simulation using a mutable struct
(struct account (id owner [balance #:mutable]) #:transparent)

(define (deposit! acc amount)
  (when (<= amount 0)
    (error 'deposit! "amount must be positive, got ~a" amount))
  (set-account-balance! acc (+ (account-balance acc) amount)))

(define (withdraw! acc amount)
  (cond
    [(> amount (account-balance acc))
     (error 'withdraw! "insufficient funds: balance ~a, requested ~a"
            (account-balance acc) amount)]
    [else (set-account-balance! acc (- (account-balance acc) amount))]))

(define (transfer! from to amount)
  (withdraw! from amount)
  (deposit! to amount))

(define alice (account 1 "Alice" 100))
(define bob (account 2 "Bob" 50))

(deposit! alice 25)
(withdraw! bob 20)
(transfer! alice bob 75)
(displayln alice)
(displayln bob)

(with-handlers ([exn:fail? (lambda (e) (printf "Error: ~a\n" (exn-message e)))])
  (withdraw! bob 1000))
(with-handlers ([exn:fail? (lambda (e) (printf "Error: ~a\n" (exn-message e)))])
  (deposit! alice -5))
(printf "Final balances: ~a=~a, ~a=~a\n"
        (account-owner alice) (account-balance alice)
        (account-owner bob) (account-balance bob))
(println alice)
(define accounts (list alice bob (account 3 "Carol" 1000)))
(printf "Total deposits: ~a\n" (for/sum ([a accounts]) (account-balance a)))
(printf "Richest: ~a\n" (account-owner (argmax account-balance accounts)))
(for ([a (sort accounts > #:key account-balance)])
  (printf "~a ~a\n" (~a (account-owner a) #:min-width 8) (~r (account-balance a) #:precision '(= 2))))
