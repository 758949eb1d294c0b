#lang racket
;; `time` prints a line of timings and returns the expression's values; the timings vary from
;; run to run, so the program checks the line's shape instead of printing it.
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))

(define captured #f)
(define output
  (with-output-to-string
    (lambda () (set! captured (time (fib 18))))))
(printf "result: ~a\n" captured)
(printf "starts with cpu time: ~a\n" (string-prefix? output "cpu time: "))
(printf "ends with a newline: ~a\n" (string-suffix? output "\n"))
(define words (string-split output))
(printf "words: ~a\n" (list (list-ref words 0) (list-ref words 1) (list-ref words 3) (list-ref words 4) (list-ref words 6) (list-ref words 7)))
(printf "numbers: ~a\n" (andmap (lambda (i) (exact-nonnegative-integer? (string->number (list-ref words i)))) '(2 5 8)))

;; time returns every value of its expression
(define-values (q r)
  (parameterize ([current-output-port (open-output-string)])
    (time (quotient/remainder 17 5))))
(printf "quotient/remainder: ~a ~a\n" q r)

;; time-apply gives the results as a list and the timings as numbers
(define-values (results cpu real gc) (time-apply fib '(15)))
(printf "time-apply: ~a ~a\n" results (andmap exact-nonnegative-integer? (list cpu real gc)))
(define-values (many _1 _2 _3) (time-apply values '(1 2 3)))
(printf "several results: ~a\n" many)
