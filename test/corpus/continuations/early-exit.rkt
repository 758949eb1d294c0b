#lang racket
(define (find-first pred lst)
  (call/cc (lambda (return)
    (for-each (lambda (x) (when (pred x) (return x))) lst)
    #f)))
(displayln (find-first even? '(1 3 4 5 6)))
(displayln (find-first even? '(1 3 5)))
(define (product lst)
  (call-with-current-continuation
    (lambda (k) (foldl (lambda (x acc) (if (zero? x) (k 0) (* x acc))) 1 lst))))
(displayln (product '(1 2 3 4)))
(displayln (product '(1 2 0 4)))
