#lang racket
(define-syntax my-let
  (syntax-rules ()
    [(_ ([n v] ...) body ...) ((lambda (n ...) body ...) v ...)]
    [(_ tag ([n v] ...) body ...) ((letrec ([tag (lambda (n ...) body ...)]) tag) v ...)]))
(displayln (my-let ([a 1] [b 2]) (+ a b)))
(displayln (my-let loop ([i 0] [acc '()]) (if (= i 3) acc (loop (add1 i) (cons i acc)))))
