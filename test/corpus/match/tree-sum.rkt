#lang racket
(define (tree-sum t)
  (match t
    [(? number? n) n]
    [(list 'node l r) (+ (tree-sum l) (tree-sum r))]
    ['leaf 0]))
(displayln (tree-sum '(node (node 1 2) (node leaf 3))))
(define (depth t)
  (match t
    [(list 'node l r) (add1 (max (depth l) (depth r)))]
    [_ 0]))
(displayln (depth '(node (node 1 (node 2 3)) 4)))
