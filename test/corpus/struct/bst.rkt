#lang racket
(struct node (key left right) #:transparent)
(define (insert t k)
  (cond [(not t) (node k #f #f)]
        [(< k (node-key t)) (node (node-key t) (insert (node-left t) k) (node-right t))]
        [else (node (node-key t) (node-left t) (insert (node-right t) k))]))
(define (inorder t) (if t (append (inorder (node-left t)) (list (node-key t)) (inorder (node-right t))) '()))
(define t (foldl (lambda (k t) (insert t k)) #f '(5 3 8 1 4 9 7)))
(displayln (inorder t))
(define (height t) (if t (add1 (max (height (node-left t)) (height (node-right t)))) 0))
(displayln (height t))
