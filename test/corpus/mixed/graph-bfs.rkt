#lang racket
(define graph (hash 'a '(b c) 'b '(d) 'c '(d e) 'd '(f) 'e '(f) 'f '()))
(define (bfs start goal)
  (let loop ([frontier (list (list start))] [seen (set start)])
    (cond [(null? frontier) #f]
          [else
           (define path (car frontier))
           (define node (car path))
           (if (eq? node goal) (reverse path)
               (let* ([nexts (filter (lambda (n) (not (set-member? seen n))) (hash-ref graph node))]
                      [seen2 (foldl (lambda (n s) (set-add s n)) seen nexts)])
                 (loop (append (cdr frontier) (map (lambda (n) (cons n path)) nexts)) seen2)))])))
(displayln (bfs 'a 'f))
(displayln (bfs 'c 'f))
(displayln (bfs 'f 'a))
