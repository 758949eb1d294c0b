#lang racket
(define (clean s) (list->string (filter char-alphabetic? (string->list (string-downcase s)))))
(define (palindrome? s) (let ([c (clean s)]) (string=? c (list->string (reverse (string->list c))))))
(for ([s '("racecar" "A man, a plan, a canal: Panama" "hello" "")])
  (printf "~s -> ~a\n" s (palindrome? s)))
