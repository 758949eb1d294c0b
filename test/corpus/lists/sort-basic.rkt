#lang racket
(displayln (sort '(3 1 4 1 5 9 2 6) <))
(displayln (sort '(3 1 4 1 5 9 2 6) >))
(displayln (sort '("pear" "apple" "fig") string<?))
(displayln (sort '(c a b) symbol<?))
(displayln (sort '((b . 2) (a . 1) (c . 3)) < #:key cdr))
(displayln (sort '("ccc" "a" "bb") < #:key string-length))
(displayln (sort '(1.5 -2 3/4) <))
(displayln (sort '() <))
