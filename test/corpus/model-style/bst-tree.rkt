#lang racket
;; Binary search tree with structs
(struct node (key left right) #:transparent)
(define (insert tree k)
  (cond [(not tree) (node k #f #f)]
        [(< k (node-key tree)) (node (node-key tree) (insert (node-left tree) k) (node-right tree))]
        [(> k (node-key tree)) (node (node-key tree) (node-left tree) (insert (node-right tree) k))]
        [else tree]))
(define (in-order tree)
  (if tree (append (in-order (node-left tree)) (list (node-key tree)) (in-order (node-right tree))) '()))
(define (height tree)
  (if tree (add1 (max (height (node-left tree)) (height (node-right tree)))) 0))
(define (contains? tree k)
  (and tree (or (= k (node-key tree)) (contains? (if (< k (node-key tree)) (node-left tree) (node-right tree)) k))))
(define (tree-min tree) (if (node-left tree) (tree-min (node-left tree)) (node-key tree)))
(define keys '(50 30 70 20 40 60 80 35 45 65))
(define t (foldl (lambda (k acc) (insert acc k)) #f keys))
(printf "in-order: ~a\n" (in-order t))
(printf "height: ~a\n" (height t))
(printf "contains 45? ~a contains 55? ~a\n" (contains? t 45) (contains? t 55))
(printf "min: ~a\n" (tree-min t))
(define small (foldl (lambda (k acc) (insert acc k)) #f '(2 1 3)))
(println small)
(displayln small)
(define (tree->list-by-level tree)
  (let loop ([queue (list tree)] [acc '()])
    (cond [(null? queue) (reverse acc)]
          [(not (car queue)) (loop (cdr queue) acc)]
          [else (define n (car queue))
                (loop (append (cdr queue) (list (node-left n) (node-right n))) (cons (node-key n) acc))])))
(printf "level order: ~a\n" (tree->list-by-level t))
(printf "sorted via tree: ~a\n" (in-order (foldl (lambda (k acc) (insert acc k)) #f '(9 3 7 1 8 2))))
