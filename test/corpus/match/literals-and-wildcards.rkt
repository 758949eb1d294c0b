#lang racket
(define (describe x)
  (match x
    [0 "zero"]
    ["hello" "greeting"]
    ['sym "the symbol sym"]
    [#t "true"]
    [(? number?) "some number"]
    [_ "something else"]))
(for ([v (list 0 "hello" 'sym #t 42 'other)])
  (displayln (describe v)))
