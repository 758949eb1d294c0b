#lang racket
(displayln (flatten '(1 (2 (3 4)) ((5)) ())))
(displayln (flatten 'x))
(displayln (add-between '(a b c) 'sep))
(displayln (add-between '("x" "y" "z") ", "))
(displayln (apply string-append (add-between '("x" "y" "z") ", ")))
(displayln (add-between '() 0))
