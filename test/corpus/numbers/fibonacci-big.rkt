#lang racket
(define (fib n)
  (let loop ([a 0] [b 1] [i 0])
    (if (= i n) a (loop b (+ a b) (add1 i)))))
(for ([n '(10 50 90 100 150)])
  (printf "fib(~a) = ~a\n" n (fib n)))
