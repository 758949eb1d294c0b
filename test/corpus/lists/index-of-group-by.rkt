#lang racket
(displayln (index-of '(a b c d) 'c))
(displayln (index-of '(a b c) 'z))
(displayln (index-of '("x" "y") "y"))
(displayln (group-by even? '(1 2 3 4 5 6)))
(displayln (group-by string-length '("a" "bb" "c" "dd" "eee")))
(displayln (group-by car '((1 a) (2 b) (1 c)) =))
(displayln (indexes-of '(1 2 1 3 1) 1))
