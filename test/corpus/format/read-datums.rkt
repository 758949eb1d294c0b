#lang racket
(define in (open-input-string "(1 2 (3)) foo \"bar\" 4.5 #t"))
(let loop ()
  (define d (read in))
  (unless (eof-object? d)
    (write d) (newline)
    (loop)))
(displayln (read (open-input-string "'quoted")))
(displayln (car (read (open-input-string "(+ 1 2)"))))
