#lang racket
(define data (list 1 "two" #\3 'four 5.0 '(6) (vector 7)))
(display data) (newline)
(write data) (newline)
(print data) (newline)
(print '()) (newline)
(print '(a b)) (newline)
(println (list 'quote 'x))
(writeln '(1 "x"))
