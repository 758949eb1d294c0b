#lang racket
;; Pattern matching on nested data
(define shapes
  '((circle (center 0 0) (radius 5))
    (rect (corner 1 2) (size 3 4))
    (triangle (points (0 0) (4 0) (0 3)))
    (polygon)
    (line (from 1 1) (to 4 5))))
(define (area shape)
  (match shape
    [`(circle (center ,_ ,_) (radius ,r)) (* 3.14159 r r)]
    [`(rect ,_ (size ,w ,h)) (* w h)]
    [`(triangle (points (,x1 ,y1) (,x2 ,y2) (,x3 ,y3)))
     (/ (abs (- (* (- x2 x1) (- y3 y1)) (* (- x3 x1) (- y2 y1)))) 2)]
    [(list 'line (list 'from x1 y1) (list 'to x2 y2))
     (sqrt (+ (sqr (- x2 x1)) (sqr (- y2 y1))))]
    [(list kind) (format "~a has no data" kind)]))
(for ([s shapes])
  (printf "~a: ~a\n" (car s) (area s)))
(define (describe v)
  (match v
    [(? number? n) #:when (negative? n) "negative number"]
    [(? number?) "number"]
    [(list) "empty list"]
    [(list x) (format "singleton ~a" x)]
    [(list x y ...) (format "list starting with ~a and ~a more" x (length y))]
    [(cons a b) (format "pair ~a . ~a" a b)]
    [(vector a b) (format "2-vector ~a ~a" a b)]
    [(? string? s) (string-append "string " s)]
    [_ "something else"]))
(for ([v (list -3 7 '() '(a) '(1 2 3) (cons 1 2) (vector 'x 'y) "hi" 'sym)])
  (displayln (describe v)))
(match-define (list name (list 'age age) hobbies ...) '("Ann" (age 31) reading chess))
(printf "~a (~a) likes ~a\n" name age hobbies)
(define tree '(node 1 (node 2 leaf leaf) (node 3 (node 4 leaf leaf) leaf)))
(define (tree-sum t)
  (match t
    ['leaf 0]
    [(list 'node v l r) (+ v (tree-sum l) (tree-sum r))]))
(printf "tree sum: ~a\n" (tree-sum tree))
(define (classify-pairs lst)
  (for/list ([p lst])
    (match p
      [(cons (? symbol? k) (? number? v)) (list 'num-entry k v)]
      [(cons k (list vs ...)) (list 'list-entry k (length vs))]
      [(cons k v) (list 'other k)])))
(println (classify-pairs '((a . 1) (b 1 2 3) ("c" . "d"))))
(match (hash 'type "user" 'id 7)
  [(hash-table ('type t) ('id id)) (printf "hash-table pattern: ~a #~a\n" t id)])
(define (swap-pairs lst) (match lst [(list (list a b) ...) (map list b a)]))
(printf "swapped: ~a\n" (swap-pairs '((1 2) (3 4) (5 6))))
(match '(1 2 3 4 5)
  [(list first second rest ...) (printf "first=~a second=~a rest=~a\n" first second rest)])
(match "hello"
  [(regexp #rx"^h(.*)$" (list _ tail)) (printf "regexp pattern tail: ~a\n" tail)])
(match 42 [(and n (? even?) (app (lambda (x) (* x 2)) doubled)) (printf "and/app: ~a ~a\n" n doubled)])
(match '(1 (2 3) 4) [(list-rest a (list b c) more) (printf "list-rest: ~a ~a ~a ~a\n" a b c more)])
(match 'banana [(or 'apple 'banana) (displayln "or pattern: fruit")] [_ (displayln "not a fruit")])
