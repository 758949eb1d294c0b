#lang racket
(define (shift s k) (list->string (for/list ([c s]) (if (char-lower-case? c) (integer->char (+ 97 (modulo (+ (- (char->integer c) 97) k) 26))) c))))
(define plain "the quick brown fox jumps over the lazy dog near the river bank")
(define secret (shift plain 7))
(displayln secret)
(define (score s) (for/sum ([c s]) (if (memv c '(#\e #\t #\a #\o)) 1 0)))
(define best (argmax (lambda (k) (score (shift secret (- k)))) (range 26)))
(printf "key ~a: ~a\n" best (shift secret (- best)))
