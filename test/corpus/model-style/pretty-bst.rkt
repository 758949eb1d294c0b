#lang racket
;; A binary search tree of transparent structs, shown with pretty-print as it grows.

(struct node (key value left right) #:transparent)

(define (insert t k v)
  (cond
    [(not t) (node k v #f #f)]
    [(< k (node-key t)) (struct-copy node t [left (insert (node-left t) k v)])]
    [(> k (node-key t)) (struct-copy node t [right (insert (node-right t) k v)])]
    [else (struct-copy node t [value v])]))

(define (tree->alist t)
  (if t
      (append (tree->alist (node-left t)) (list (cons (node-key t) (node-value t))) (tree->alist (node-right t)))
      '()))

(define (height t) (if t (add1 (max (height (node-left t)) (height (node-right t)))) 0))

(define keys '(50 30 70 20 40 60 80 35))
(define tree (for/fold ([t #f]) ([k keys]) (insert t k (format "v~a" k))))

(displayln "The tree:")
(pretty-print tree)
(displayln "In order:")
(pretty-print (tree->alist tree))
(printf "Height: ~a\n" (height tree))

(displayln "A small tree fits on one line:")
(pretty-print (insert (insert #f 2 'two) 1 'one))

(displayln "Written and displayed:")
(pretty-write (insert #f 1 "one"))
(pretty-display (insert #f 1 "one"))

(displayln "Inserting sorted keys makes a list-like tree:")
(pretty-print (for/fold ([t #f]) ([k (in-range 1 7)]) (insert t k (* k k))))
