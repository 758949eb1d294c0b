#lang racket
(require rackunit)
;; A functional stack with unit tests, all passing: rackunit prints nothing for them.

(define (make-stack) '())
(define (push s x) (cons x s))
(define (pop s)
  (if (null? s) (error 'pop "empty stack") (values (car s) (cdr s))))
(define (peek s) (if (null? s) #f (car s)))
(define (size s) (length s))

(define s1 (push (push (push (make-stack) 1) 2) 3))

(check-equal? (size s1) 3)
(check-equal? (peek s1) 3)
(check-false (peek (make-stack)))
(let-values ([(top rest) (pop s1)])
  (check-equal? top 3)
  (check-equal? rest '(2 1))
  (check-eqv? (size rest) 2))
(check-exn exn:fail? (lambda () (pop (make-stack))))
(check-exn #rx"empty stack" (lambda () (pop '())))
(check-not-exn (lambda () (pop s1)))
(check-pred list? s1)
(check-true (null? (make-stack)))
(check-= (exact->inexact (/ (apply + s1) (size s1))) 2.0 1e-9)

(test-case "push then pop restores the stack"
  (for ([x '(a b c)])
    (let-values ([(top rest) (pop (push s1 x))])
      (check-eq? top x)
      (check-equal? rest s1))))

(displayln "All stack tests ran.")
