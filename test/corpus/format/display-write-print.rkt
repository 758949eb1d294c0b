#lang racket
(define vals (list 42 "str" #\c 'sym 1.5 '(1 "two" #\3) #(1 "v") (cons 1 2) #t '() (void)))
(for ([v vals])
  (display v) (display " | ")
  (write v) (display " | ")
  (print v) (newline))
