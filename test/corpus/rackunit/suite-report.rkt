#lang racket
(require rackunit rackunit/text-ui)
;; A test suite for a small math library, run with run-tests. The report (written to the error
;; port when something fails) is sent to stdout here so that all of it can be read.

(define (factorial n) (if (<= n 1) 1 (* n (factorial (- n 1)))))
(define (prime? n)
  (and (> n 1) (for/and ([d (in-range 2 (add1 (integer-sqrt n)))]) (not (zero? (remainder n d))))))
(define (mean lst) (/ (apply + lst) (length lst)))

(define math-suite
  (test-suite
   "math library"
   (test-case "factorial"
     (check-equal? (factorial 0) 1)
     (check-equal? (factorial 5) 120)
     (check-equal? (factorial 10) 3628800))
   (test-case "primes"
     (check-true (prime? 2))
     (check-false (prime? 1))
     (check-equal? (filter prime? (range 20)) '(2 3 5 7 11 13 17 19)))
   (test-case "mean of an empty list"
     (check-equal? (mean '()) 0))
   (test-case "mean"
     (check-= (mean '(1 2 3 4)) 2.5 1e-9)
     (check-equal? (mean '(1 2)) 1.5))
   (test-suite
    "edge cases"
    (test-case "negative factorial" (check-equal? (factorial -3) 1))
    (test-case "big prime" (check-true (prime? 7919))))))

(parameterize ([current-error-port (current-output-port)])
  (define failures (run-tests math-suite))
  (printf "~a test(s) failed or raised an error\n" failures))
