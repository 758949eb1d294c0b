#lang racket
;; A classic mistake: extra parentheses around a value
(define (average lst) (/ (apply + lst) (length lst)))
(define scores '(80 92 75))
(printf "average: ~a\n" (average scores))
(define total (apply + scores))
(printf "total: ~a\n" total)
(define (report) (printf "report: ~a points\n" (total)))
(report)
