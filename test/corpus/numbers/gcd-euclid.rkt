#lang racket
(define (my-gcd a b)
  (if (= b 0) a (my-gcd b (remainder a b))))
(for ([p '((48 18) (17 5) (100 75) (0 9))])
  (printf "gcd~a = ~a (builtin ~a)\n" p (apply my-gcd p) (apply gcd p)))
