#lang racket
(struct num (v) #:transparent)
(struct add (l r) #:transparent)
(struct mul (l r) #:transparent)
(define (evaluate e)
  (match e
    [(num v) v]
    [(add l r) (+ (evaluate l) (evaluate r))]
    [(mul l r) (* (evaluate l) (evaluate r))]))
(define (show e)
  (match e
    [(num v) (number->string v)]
    [(add l r) (format "(~a + ~a)" (show l) (show r))]
    [(mul l r) (format "~a * ~a" (show l) (show r))]))
(define e (mul (add (num 1) (num 2)) (num 4)))
(printf "~a = ~a\n" (show e) (evaluate e))
(displayln e)
