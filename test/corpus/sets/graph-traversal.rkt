#lang racket
;; Depth-first and breadth-first search with a mutable set of visited nodes.
(define graph
  (hash 1 '(2 3) 2 '(4) 3 '(4 5) 4 '(6) 5 '(6) 6 '() 7 '(1)))

(define (dfs start)
  (define visited (mutable-set))
  (define order '())
  (let visit ([n start])
    (unless (set-member? visited n)
      (set-add! visited n)
      (set! order (cons n order))
      (for-each visit (hash-ref graph n '()))))
  (values (reverse order) visited))

(define-values (order visited) (dfs 1))
(printf "dfs order: ~a\n" order)
(printf "visited: ~a\n" visited)
(printf "unreachable from 1: ~a\n" (sort (filter (lambda (n) (not (set-member? visited n))) (hash-keys graph)) <))

(define (bfs start)
  (let loop ([queue (list start)] [seen (set start)] [out '()])
    (if (null? queue)
        (reverse out)
        (let* ([n (car queue)]
               [next (filter (lambda (m) (not (set-member? seen m))) (hash-ref graph n))])
          (loop (append (cdr queue) next)
                (for/fold ([s seen]) ([m next]) (set-add s m))
                (cons n out))))))
(printf "bfs order: ~a\n" (bfs 1))
(printf "reachable set: ~a\n" (list->set (bfs 7)))
