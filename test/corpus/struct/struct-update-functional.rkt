#lang racket
(struct account (owner balance) #:transparent)
(define (deposit acc amt) (struct-copy account acc [balance (+ (account-balance acc) amt)]))
(define a0 (account "ann" 100))
(define a1 (deposit a0 50))
(displayln a0)
(displayln a1)
(displayln (struct-copy account a1 [owner "bob"]))
