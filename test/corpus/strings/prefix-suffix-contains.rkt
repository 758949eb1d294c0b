#lang racket
(define files '("main.rkt" "README.md" "test.rkt" "notes.txt"))
(displayln (filter (lambda (f) (string-suffix? f ".rkt")) files))
(displayln (string-prefix? "racket" "rack"))
(displayln (string-prefix? "rack" "racket"))
(displayln (string-contains? "hello world" "o w"))
(displayln (string-contains? "hello" ""))
(displayln (string-suffix? "abc" "abc"))
(displayln (filter (lambda (f) (string-contains? f "e")) files))
