#lang racket
(define (count-vowels s)
  (for/sum ([c s]) (if (memv (char-downcase c) '(#\a #\e #\i #\o #\u)) 1 0)))
(displayln (count-vowels "Programming in Racket"))
(define (char-freq s)
  (define h (make-hasheqv))
  (for ([c (in-string s)]) (hash-update! h c add1 0))
  (sort (hash->list h) (lambda (a b) (char<? (car a) (car b)))))
(displayln (char-freq "mississippi"))
