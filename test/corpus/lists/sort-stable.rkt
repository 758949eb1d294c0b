#lang racket
(define people '(("ann" 30) ("bob" 25) ("cy" 30) ("dee" 25) ("eve" 35)))
(for ([p (sort people < #:key second)])
  (printf "~a ~a\n" (first p) (second p)))
(displayln (sort people string>? #:key first))
(displayln (sort '("b" "A" "c" "B") string-ci<?))
(displayln (sort '(5 3 8) < #:key (lambda (x) (- x)) #:cache-keys? #t))
