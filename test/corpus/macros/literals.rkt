#lang racket
(define-syntax for-range
  (syntax-rules (from to)
    [(_ v from a to b body ...)
     (let loop ([v a]) (when (<= v b) body ... (loop (add1 v))))]))
(for-range k from 1 to 4 (display k) (display " "))
(newline)
(define-syntax arrow-test
  (syntax-rules (=>)
    [(_ a => b) (list 'arrow a b)]
    [(_ a b) (list 'plain a b)]))
(displayln (arrow-test 1 => 2))
(displayln (arrow-test 1 2))
