#lang racket
(define (index-of-first-negative v)
  (let/ec return
    (for ([x (in-vector v)] [i (in-naturals)])
      (when (negative? x) (return i)))
    -1))
(displayln (index-of-first-negative #(3 4 -1 5 -2)))
(displayln (index-of-first-negative #(1 2)))
(define (all-positive? lst) (call/ec (lambda (k) (for-each (lambda (x) (unless (positive? x) (k #f))) lst) #t)))
(displayln (all-positive? '(1 2 3)))
(displayln (all-positive? '(1 0 3)))
