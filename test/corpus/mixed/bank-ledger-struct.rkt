#lang racket
(struct txn (date kind amount) #:transparent)
(define ledger
  (list (txn "2024-01-03" 'deposit 500) (txn "2024-01-05" 'withdraw 120)
        (txn "2024-01-09" 'deposit 75) (txn "2024-01-12" 'withdraw 300)))
(define-values (balance history)
  (for/fold ([bal 0] [hist '()]) ([t ledger])
    (define nb (if (eq? (txn-kind t) 'deposit) (+ bal (txn-amount t)) (- bal (txn-amount t))))
    (values nb (cons (format "~a ~a ~a -> ~a" (txn-date t) (~a (txn-kind t) #:width 8) (~r (txn-amount t) #:min-width 4) nb) hist))))
(for-each displayln (reverse history))
(printf "final balance: ~a\n" balance)
