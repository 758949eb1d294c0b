#lang racket
(define (string-index s ch)
  (for/first ([c (in-string s)] [i (in-naturals)] #:when (char=? c ch)) i))
(displayln (string-index "hello" #\l))
(displayln (string-index "hello" #\z))
(define (find-all s sub)
  (for/list ([i (in-range (add1 (- (string-length s) (string-length sub))))]
             #:when (string=? (substring s i (+ i (string-length sub))) sub))
    i))
(displayln (find-all "abababa" "aba"))
