#lang racket
;; How anonymous procedures print: Racket names them after their source location
(define square (lambda (x) (* x x)))
(define (named-fn x) x)
(printf "named: ~a ~a\n" named-fn square)
(printf "anonymous: ~a\n" (lambda (x) x))
(println (list car (lambda () 1)))
(define handlers (list (lambda (e) 'a) (lambda (e) 'b)))
(for ([h handlers]) (displayln h))
(with-handlers ([exn:fail? (lambda (e) (displayln (exn-message e)))])
  ((lambda (x) x) 1 2))
