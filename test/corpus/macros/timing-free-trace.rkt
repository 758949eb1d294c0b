#lang racket
(define-syntax-rule (trace expr)
  (let ([v expr]) (printf "~s => ~s\n" 'expr v) v))
(define r (trace (+ 1 (trace (* 2 3)))))
(displayln r)
(void (trace (map add1 '(1 2))))
(void)
