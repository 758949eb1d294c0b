#lang racket
(define fail-stack '())
(define (fail) (if (null? fail-stack) (error "no more choices") (let ([k (car fail-stack)]) (set! fail-stack (cdr fail-stack)) (k 'retry))))
(define (amb choices)
  (call/cc (lambda (k)
    (for ([c choices])
      (call/cc (lambda (next) (set! fail-stack (cons next fail-stack)) (k c))))
    (fail))))
(define solution
  (let* ([a (amb '(1 2 3 4 5))] [b (amb '(1 2 3 4 5))])
    (unless (and (= (+ a b) 7) (< a b)) (fail))
    (list a b)))
(displayln solution)
