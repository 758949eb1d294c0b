#lang racket
(define (run-machine input)
  (define (state-a cs n) (cond [(null? cs) (list 'a n)] [(char=? (car cs) #\x) (state-b (cdr cs) (add1 n))] [else (state-a (cdr cs) n)]))
  (define (state-b cs n) (cond [(null? cs) (list 'b n)] [(char=? (car cs) #\y) (state-a (cdr cs) (add1 n))] [else (state-b (cdr cs) n)]))
  (state-a (string->list input) 0))
(displayln (run-machine "xxyyxzy"))
(displayln (run-machine (make-string 200000 #\x)))
