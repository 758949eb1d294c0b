#lang racket
(define words '("apple" "avocado" "banana" "blueberry" "cherry" "apricot"))
(define by-letter (make-hash))
(for ([w words])
  (hash-update! by-letter (string-ref w 0) (lambda (l) (append l (list w))) '()))
(for ([k (sort (hash-keys by-letter) char<?)])
  (printf "~a: ~a\n" k (hash-ref by-letter k)))
