#lang racket
;; Building sets with for/set and friends.
(define squares (for/set ([i (in-range 1 8)]) (* i i)))
(displayln squares)
(displayln (for/set ([w '("apple" "avocado" "banana" "blueberry" "cherry")]) (string-ref w 0)))
(displayln (for*/set ([i 3] [j 3] #:when (< i j)) (cons i j)))
(displayln (for/seteq ([s '(a b a c b)]) s))
(define m (for/mutable-set ([i 10] #:when (odd? i)) i))
(displayln m)
(displayln (sort (set-map squares sqrt) <))
(set-for-each (set 3 1 2) (lambda (x) (printf "item ~a\n" x)))
(displayln (for/sum ([x squares]) x))
(displayln (for/list ([x (in-set (set 'c 'b 'a))]) (symbol->string x)))
