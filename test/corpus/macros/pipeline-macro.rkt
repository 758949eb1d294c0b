#lang racket
(define-syntax ->
  (syntax-rules ()
    [(_ x) x]
    [(_ x (f args ...) rest ...) (-> (f x args ...) rest ...)]
    [(_ x f rest ...) (-> (f x) rest ...)]))
(displayln (-> 5 add1 (* 2) (- 1)))
(define-syntax ->>
  (syntax-rules ()
    [(_ x) x]
    [(_ x (f args ...) rest ...) (->> (f args ... x) rest ...)]))
(displayln (->> '(1 2 3 4) (map sqr) (filter even?) (apply +)))
