#lang racket
(require json)
(define doc (string->jsexpr "{\"a\": {\"b\": [1, 2, {\"c\": 3}]}, \"d\": 4}"))
(define (walk x path)
  (cond [(hash? x) (for ([k (sort (hash-keys x) symbol<?)]) (walk (hash-ref x k) (append path (list k))))]
        [(list? x) (for ([v x] [i (in-naturals)]) (walk v (append path (list i))))]
        [else (printf "~a = ~a\n" (string-join (map ~a path) ".") x)]))
(walk doc '())
(define (depth x) (cond [(hash? x) (add1 (apply max 0 (map depth (hash-values x))))] [(list? x) (add1 (apply max 0 (map depth x)))] [else 0]))
(displayln (depth doc))
