#lang racket
;; A command dispatcher whose last command matches no clause
(define (run-command cmd)
  (match cmd
    [(list 'add a b) (+ a b)]
    [(list 'mul a b) (* a b)]
    [(list 'neg a) (- a)]
    [(list 'sum xs ...) (apply + xs)]))
(for ([c '((add 1 2) (mul 3 4) (neg 5) (sum 1 2 3 4))])
  (printf "~a => ~a\n" c (run-command c)))
(run-command '(div 10 2))
