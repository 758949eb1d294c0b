#lang racket
(define-syntax-rule (my-when-let [x e] body ...)
  (let ([x e]) (when x body ...)))
(my-when-let [v (assq 'b '((a . 1) (b . 2)))]
  (printf "found ~a\n" (cdr v)))
(define if 'shadowed-if-var)
(displayln if)
