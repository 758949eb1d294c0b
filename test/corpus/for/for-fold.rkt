#lang racket
(displayln (for/fold ([sum 0]) ([i 11]) (+ sum i)))
(define-values (evens odds)
  (for/fold ([e '()] [o '()]) ([i 8])
    (if (even? i) (values (cons i e) o) (values e (cons i o)))))
(printf "~a ~a\n" (reverse evens) (reverse odds))
(displayln (for/fold ([acc '()] #:result (reverse acc)) ([x '(3 1 2)]) (cons (* 10 x) acc)))
(displayln (for/fold ([longest ""]) ([w '("a" "abc" "ab")])
             (if (> (string-length w) (string-length longest)) w longest)))
