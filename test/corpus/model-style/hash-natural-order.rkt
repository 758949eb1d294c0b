#lang racket
;; Iterating hash tables without sorting, as programs often do
(define ages (hash 'alice 31 'bob 25 'carol 40 'dave 19))
(for ([(name age) (in-hash ages)])
  (printf "~a is ~a\n" name age))
(printf "keys: ~a\n" (hash-keys ages))
(printf "values: ~a\n" (hash-values ages))
(printf "as list: ~a\n" (hash->list ages))
(printf "map: ~a\n" (hash-map ages (lambda (k v) (format "~a=~a" k v))))
(displayln ages)
(define colors (hash "red" "#ff0000" "green" "#00ff00" "blue" "#0000ff"))
(for ([(k v) colors]) (printf "~a -> ~a\n" k v))
(printf "numbers: ~a\n" (hash-keys (hash 3 'c 1 'a 2 'b 10 'j)))
(println (for/hash ([i 5]) (values i (* i i))))
