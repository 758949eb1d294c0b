#lang racket
(require racket/generator)
;; Walking a tree lazily with a generator: the recursion yields from deep inside.
(struct node (value left right) #:transparent)

(define (insert tree v)
  (cond [(not tree) (node v #f #f)]
        [(< v (node-value tree)) (node (node-value tree) (insert (node-left tree) v) (node-right tree))]
        [else (node (node-value tree) (node-left tree) (insert (node-right tree) v))]))

(define tree (for/fold ([t #f]) ([v '(50 30 70 20 40 60 80 35)]) (insert t v)))

(define (in-order t)
  (generator ()
    (let walk ([t t])
      (when t
        (walk (node-left t))
        (yield (node-value t))
        (walk (node-right t))))
    'done))

(define g (in-order tree))
(printf "state before: ~a\n" (generator-state g))
(printf "first three: ~a ~a ~a\n" (g) (g) (g))
(printf "state now: ~a\n" (generator-state g))
(define rest (let loop ([acc '()]) (define v (g)) (if (eq? v 'done) (reverse acc) (loop (cons v acc)))))
(printf "the rest: ~a\n" rest)
(printf "state after: ~a, again: ~a\n" (generator-state g) (g))

;; The same walk as a sequence for a for loop
(define (tree-values t)
  (in-generator
    (let walk ([t t])
      (when t (walk (node-left t)) (yield (node-value t)) (walk (node-right t))))))
(displayln (for/list ([v (tree-values tree)] #:when (even? v)) v))
(displayln (for/sum ([v (tree-values tree)]) v))
(displayln (for/first ([v (tree-values tree)] #:when (> v 55)) v))
