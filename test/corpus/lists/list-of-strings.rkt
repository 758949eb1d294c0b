#lang racket
(define names '("Zoe" "adam" "Bob" "carl"))
(displayln (sort names string<?))
(displayln (sort names string-ci<?))
(displayln (map string-upcase names))
(displayln (map string-length names))
(write names) (newline)
(print names) (newline)
