#lang racket
;; Averages of groups; the empty group divides by zero
(define groups (hash 'a '(1 2 3) 'b '(10 20) 'c '()))
(define (mean xs) (/ (apply + xs) (length xs)))
(for ([k '(a b)])
  (printf "mean of ~a: ~a\n" k (mean (hash-ref groups k))))
(printf "inexact mean of empty: ~a\n" (/ (exact->inexact (apply + '())) 0.0))
(printf "mean of c: ~a\n" (mean (hash-ref groups 'c)))
