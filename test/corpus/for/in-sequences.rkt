#lang racket
(displayln (for/list ([x (in-list '(1 2))]) x))
(displayln (for/list ([x (in-vector #(1 2 3) 1)]) x))
(displayln (for/list ([c (in-string "abcd" 1 3)]) c))
(displayln (for/list ([i (in-range 5 0 -1)]) i))
(displayln (for/list ([x (in-value 'v)]) x))
(displayln (sequence->list (in-range 3)))
(displayln (for/list ([(n s) (in-parallel '(1 2) '(a b))]) (cons n s)))
