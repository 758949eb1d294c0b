#lang racket
(define names '("delta" "Alpha" "charlie" "Bravo"))
(displayln (sort names string<?))
(displayln (sort names string-ci<?))
(displayln (sort names > #:key string-length))
(displayln (string<? "abc" "abcd"))
(displayln (string-ci>? "b" "A"))
