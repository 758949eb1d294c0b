#lang racket
(printf "~a ~s\n" '#:key '#:key)
(printf "~a ~s\n" 'sym 'sym)
(printf "~a ~s\n" '|two words| '|two words|)
(printf "~a ~s\n" #t #f)
(printf "~a ~s\n" 'UPPER 'UPPER)
(write '(#:a 1)) (newline)
