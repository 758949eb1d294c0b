#lang racket
(displayln (string-replace "a-b-c" "-" "+"))
(displayln (string-replace "a-b-c" "-" "+" #:all? #f))
(displayln (string-replace "hello" "l" ""))
(displayln (string-replace "aaa" "a" "aa"))
(displayln (string-replace "no match" "z" "y"))
(displayln (string-replace "The cat sat" "at" "og"))
