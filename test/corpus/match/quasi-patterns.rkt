#lang racket
(define (eval-expr e)
  (match e
    [(? number?) e]
    [`(+ ,a ,b) (+ (eval-expr a) (eval-expr b))]
    [`(* ,a ,b) (* (eval-expr a) (eval-expr b))]
    [`(- ,a) (- (eval-expr a))]
    [`(neg ,a) (- (eval-expr a))]))
(displayln (eval-expr '(+ 1 (* 2 3))))
(displayln (eval-expr '(- (+ 4 5))))
(match '(point 3 4)
  [`(point ,x ,y) (displayln (sqrt (+ (* x x) (* y y))))])
(match '(1 (2 3) 4)
  [`(,a (,b ,c) ,d) (displayln (list d c b a))])
