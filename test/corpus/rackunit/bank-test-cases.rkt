#lang racket
(require rackunit)
;; A bank account module tested with test-case blocks, as models write them. Failures are sent
;; to stdout so the whole report can be compared.

(struct account (owner balance) #:transparent)

(define (deposit acc amount)
  (unless (positive? amount) (raise-argument-error 'deposit "positive?" amount))
  (struct-copy account acc [balance (+ (account-balance acc) amount)]))

(define (withdraw acc amount)
  (when (> amount (account-balance acc))
    (error 'withdraw "insufficient funds: balance ~a, requested ~a" (account-balance acc) amount))
  (struct-copy account acc [balance (- (account-balance acc) amount)]))

(define alice (account "alice" 100))

(current-error-port (current-output-port))

(test-case "deposit adds to the balance"
  (check-equal? (account-balance (deposit alice 50)) 150)
  (check-equal? (deposit alice 1) (account "alice" 101)))

(test-case "withdraw subtracts"
  (check-equal? (withdraw alice 30) (account "alice" 70)))

(test-case "withdrawing too much raises"
  (check-exn exn:fail? (lambda () (withdraw alice 500)))
  (check-exn #rx"insufficient funds" (lambda () (withdraw alice 101))))

(test-case "deposit rejects non-positive amounts"
  (check-exn exn:fail:contract? (lambda () (deposit alice 0)))
  (check-exn exn:fail:contract? (lambda () (deposit alice 10))))

(test-case "a wrong expectation"
  (check-equal? (withdraw (deposit alice 25) 25) (account "alice" 125)))

(test-case "an error in the test itself"
  (check-equal? (account-balance (withdraw alice 1000)) 0))

(displayln "finished")
