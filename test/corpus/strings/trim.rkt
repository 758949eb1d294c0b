#lang racket
(write (string-trim "  hi there  ")) (newline)
(write (string-trim "xxhixx" "x")) (newline)
(write (string-trim "  left" #:right? #f)) (newline)
(write (string-trim "right  " #:left? #f)) (newline)
(write (string-trim "\t\n mixed \n")) (newline)
(write (string-trim "aaabaaa" "a" #:repeat? #t)) (newline)
(write (string-trim "aaabaaa" "a")) (newline)
