#lang racket
(struct secret (value))
(define s (secret 42))
(displayln (list 1 s))
(printf "~a\n" s)
(printf "~s\n" s)
(displayln (secret-value s))
(displayln (format "~v" (list s)))
