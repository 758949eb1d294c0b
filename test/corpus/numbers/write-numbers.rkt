#lang racket
(write 42) (newline)
(write -3/7) (newline)
(write 2.0) (newline)
(write 1e100) (newline)
(print 1.5) (newline)
(print 7) (newline)
(write (list 1 2.5 1/2 -0.0)) (newline)
