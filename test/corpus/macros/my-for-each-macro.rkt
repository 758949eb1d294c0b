#lang racket
(define-syntax for-each-in
  (syntax-rules (in)
    [(_ x in lst body ...) (for-each (lambda (x) body ...) lst)]))
(for-each-in item in '("a" "b" "c")
  (display (string-upcase item)))
(newline)
(define-syntax-rule (collect x in lst when test)
  (filter (lambda (x) test) lst))
(displayln (collect n in '(1 2 3 4 5 6) when (even? n)))
