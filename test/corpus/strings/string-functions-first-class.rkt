#lang racket
(displayln (map string-length '("a" "bb" "ccc")))
(displayln (map (lambda (s) (string-append s "!")) '("hi" "yo")))
(displayln (apply string-append (map (lambda (c) (string c c)) (string->list "abc"))))
(displayln (foldr string-append "" '("x" "y" "z")))
(displayln (string-join (map number->string (range 1 6)) ","))
