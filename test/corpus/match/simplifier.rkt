#lang racket
(define (simplify e)
  (match e
    [`(+ 0 ,x) (simplify x)]
    [`(+ ,x 0) (simplify x)]
    [`(* 1 ,x) (simplify x)]
    [`(* ,x 1) (simplify x)]
    [`(* 0 ,_) 0]
    [`(,op ,a ,b) (list op (simplify a) (simplify b))]
    [_ e]))
(displayln (simplify '(+ 0 (* 1 x))))
(displayln (simplify '(* (+ y 0) (* 0 z))))
(displayln (simplify '(- (* x 1) (+ 0 y))))
