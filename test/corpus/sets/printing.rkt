#lang racket
;; How sets print in the three printing modes.
(define s (set "b" 'a #\c 3))
(display s) (newline)
(write s) (newline)
(print s) (newline)
(println (list (set 1 2) (seteq 'x) (mutable-set)))
(displayln (list (set) (set (set 1))))
(printf "~a | ~s | ~v\n" (set 'q) (set "q") (set 'q))
(displayln (format "~a" (seteqv 10 20)))
(displayln (set '(1 . 2) '(3 . 4)))
(displayln (for/set ([c "hello"]) c))
(displayln (set->list (set 5 1 4)))
