#lang racket
;; Fibonacci with memoization in a hash table
(define memo (make-hash))
(define (fib n)
  (if (< n 2)
      n
      (hash-ref! memo n (lambda () (+ (fib (- n 1)) (fib (- n 2)))))))
(for ([n '(0 1 2 10 20 50 90)])
  (printf "fib(~a) = ~a\n" n (fib n)))
(printf "fib(200) = ~a\n" (fib 200))
(printf "memo entries: ~a\n" (hash-count memo))

(define (fib-iter n)
  (let loop ([a 0] [b 1] [i 0])
    (if (= i n) a (loop b (+ a b) (add1 i)))))
(printf "iterative agrees: ~a\n" (for/and ([n 100]) (= (fib n) (fib-iter n))))

(define (make-memo f)
  (define cache (make-hash))
  (lambda args
    (hash-ref! cache args (lambda () (apply f args)))))
(define calls 0)
(define slow-square (make-memo (lambda (x) (set! calls (add1 calls)) (* x x))))
(displayln (list (slow-square 12) (slow-square 12) (slow-square 13)))
(printf "underlying calls: ~a\n" calls)
(printf "digits in fib(1000): ~a\n" (string-length (number->string (fib-iter 1000))))
(printf "ratio: ~a\n" (exact->inexact (/ (fib 31) (fib 30))))
