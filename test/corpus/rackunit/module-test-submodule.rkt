#lang racket
;; Tests in a `test` submodule, as `raco test` runs them: running the file runs the main body and
;; the `main` submodule, not the tests (so the failing check below prints nothing).

(provide celsius->fahrenheit fahrenheit->celsius)

(define (celsius->fahrenheit c) (+ 32 (* 9/5 c)))
(define (fahrenheit->celsius f) (* 5/9 (- f 32)))

(module+ test
  (require rackunit)
  (check-equal? (celsius->fahrenheit 100) 212)
  (check-equal? (fahrenheit->celsius 32) 0)
  (check-equal? (celsius->fahrenheit 0) 0))

(module+ main
  (for ([c '(-40 0 37 100)])
    (printf "~a C = ~a F\n" c (exact->inexact (celsius->fahrenheit c)))))
