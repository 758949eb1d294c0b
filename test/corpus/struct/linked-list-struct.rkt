#lang racket
(struct lnode (val next) #:mutable)
(define (from-list lst) (foldr (lambda (x acc) (lnode x acc)) #f lst))
(define (to-list n) (if n (cons (lnode-val n) (to-list (lnode-next n))) '()))
(define l (from-list '(1 2 3)))
(set-lnode-val! (lnode-next l) 20)
(displayln (to-list l))
(define (llength n) (let loop ([n n] [k 0]) (if n (loop (lnode-next n) (add1 k)) k)))
(displayln (llength l))
