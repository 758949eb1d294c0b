#lang racket
(define text "It was the best of times it was the worst of times")
(define words (map string-downcase (string-split text)))
(displayln (for/sum ([w words]) (if (string=? w "times") 1 0)))
(displayln (length (remove-duplicates words)))
(displayln (for/first ([w words] #:when (> (string-length w) 4)) w))
