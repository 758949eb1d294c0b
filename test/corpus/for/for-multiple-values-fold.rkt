#lang racket
(define-values (mn mx)
  (for/fold ([mn +inf.0] [mx -inf.0]) ([x '(3 9 -2 7)])
    (values (min mn x) (max mx x))))
(printf "min ~a max ~a\n" mn mx)
(define-values (cnt total)
  (for/fold ([c 0] [t 0]) ([x '(5 10 15)]) (values (add1 c) (+ t x))))
(printf "avg ~a\n" (/ total cnt))
