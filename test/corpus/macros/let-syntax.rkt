#lang racket
(define (f x)
  (let-syntax ([double (syntax-rules () [(_ e) (* 2 e)])])
    (double (+ x 1))))
(displayln (f 4))
(letrec-syntax ([ev? (syntax-rules () [(_ n) (if (= n 0) #t (od? (- n 1)))])]
                [od? (syntax-rules () [(_ n) (if (= n 0) #f #t)])])
  (displayln (ev? 0))
  (displayln (ev? 3)))
