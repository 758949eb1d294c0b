#lang racket
(define data (list "s" #\c (list "inner" #\d) (vector "v" #\e) (cons "a" "b")))
(display data) (newline)
(write data) (newline)
(print data) (newline)
(displayln (format "~a" data))
(displayln (format "~s" data))
(displayln (format "~v" data))
